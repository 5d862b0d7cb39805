

def test_public_person_named_by_honorific_and_surname_alone(engine):
    # "Kathleen Marshall" (a chair) is public as "Professor Marshall" too; a frequent surname is not widened
    assert [d.text for d in engine.analyze("The review finds, as Professor Marshall did, that children go missing.")
            if d.entity_type == "PERSON"] == []
    assert [d.text for d in engine.analyze("Professor Jones examined the child on the ward.")
            if d.entity_type == "PERSON"] == ["Professor Jones"]


def test_kin_words_table_has_a_language_meaning_and_source_on_every_line():
    from importlib import resources

    text = resources.files("anonymise.data").joinpath("kin_words.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    assert len(rows) > 200
    for row in rows:
        assert len(row) == 4 and row[0] == row[0].lower() and row[1] and row[2] and row[3].startswith("https://"), row
