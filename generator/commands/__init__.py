"""One module per CLI command; ``generator.cli`` only parses arguments and calls these."""
