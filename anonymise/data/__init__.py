"""Data files of the anonymise package: name gazetteers, common words, places."""
