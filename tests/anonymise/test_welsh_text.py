"""Text written in Welsh: mutated names, pet forms, Welsh dates and settings are found; Welsh words are not names."""

from __future__ import annotations

import pytest

from tests.anonymise.conftest import found

CY = "Roedd y teulu yn byw yn y pentref. "


@pytest.mark.parametrize(("text", "name"), [
    (CY + "Rhoddodd y nyrs daflen am gymorth i Fethan.", "Fethan"),
    (CY + "Cafodd yr anaf ei esbonio gan Ddafydd fel damwain.", "Ddafydd"),
    (CY + "Aeth y gweithiwr i ymweld â Haf a Cheri, ei mam, heddiw.", "Cheri"),
    (CY + "Trefnwyd ymweliad arall â Thomos a Phedr ar gyfer y mis.", "Thomos"),
    (CY + "Cafodd neges gan Linos ei hanfon at y gweithiwr.", "Linos"),
    (CY + "Dywedais i wrth Rian fod y plentyn yn ofnus.", "Rian"),
    (CY + "Roedd Gruff yn mynychu sesiynau bob bore.", "Gruff"),
    (CY + "Dywedodd Beth fod Cai wedi taro ei ben.", "Beth"),
])
def test_mutated_names_and_pet_forms_are_found(fast_engine, text: str, name: str) -> None:
    assert name in found(fast_engine.analyze(text))


@pytest.mark.parametrize("text", [
    "Roedd Tomos wedi'i gofrestru ym Medi. Dywedodd y fam ei bod yn poeni. Cafodd y plentyn ei weld.",
    "Adolygydd: Beth oedd yn eich poeni chi fwyaf? Mam-gu: Roedd y plentyn yn drist.",
    "Ymwelodd y gweithiwr cymdeithasol â'r cartref. Nid oedd neb yno. Ond wedyn daeth y fam adref.",
    "Mae'r plentyn yn byw gyda'i fam a'i lystad yng Ngwynedd, ac yn treulio'r penwythnosau gyda'i dad.",
])
def test_welsh_verbs_function_words_and_places_are_not_names(fast_engine, text: str) -> None:
    assert found(fast_engine.analyze(text), "PERSON") in ([], ["Tomos"])


def test_a_month_name_with_a_childs_age_is_that_child(fast_engine) -> None:
    text = ("Mae'r bennod yn ymwneud â dwy chwaer, Medi (9 oed) ac Eira (6 oed). 'Daeth Medi i'r ysgol heb gôt.' "
            "Ymweliad wedi'i drefnu ar gyfer diwedd Medi. Cafodd ei eni ym mis Medi (2019).")
    medi = [d.start for d in fast_engine.analyze(text) if d.text == "Medi"]
    assert medi == [text.index("Medi (9"), text.index("Medi i'r")]  # the child; not the month


def test_a_month_name_beside_a_relative_or_a_pet_word_is_that_child(fast_engine) -> None:
    text = ("Dywedodd Mrs Hughes fod ei hwyres, Mai, yn hogan annwyl. Roedd y nain yn galw'r plant yn 'Mai fach' a "
            "'Llŷr bach'. Siaradodd y nyrs â Mai ym mis Mai.")
    mai = [d.start for d in fast_engine.analyze(text) if d.text == "Mai"]
    assert mai == [text.index("Mai,"), text.index("Mai fach"), text.index("â Mai") + 2]  # not the month


def test_beth_heading_a_question_is_no_name(fast_engine) -> None:
    assert found(fast_engine.analyze("4. Beth a ddysgwyd. Dylai pob anaf gael ei gofnodi."), "PERSON") == []


def test_spoken_welsh_forms_and_mae_before_a_name_are_words(fast_engine) -> None:
    # colloquial verbs a transcript keeps (o'dd for roedd, ella for efallai), and "Mae" before a name is the verb
    text = ("Modryb: Heno! O'dd gen i dri fy hun. O'dd dim byd gyda nhw. Ddim eto. Ella wedyn, ond o'dd e'n dweud "
            "na. Yn y bath dywedodd, \"Mae Kyle yn dweud bod fi'n ddrwg.\" Mae dyddiadur y gofalwr yn glir.")
    assert found(fast_engine.analyze(text), "PERSON") == ["Kyle"]


@pytest.mark.parametrize(("text", "date"), [
    (CY + "14eg o Fawrth 2023: ymweliad gan yr ymwelydd iechyd.", "14eg o Fawrth 2023"),
    (CY + "Ar 3ydd Mehefin 2022, ymwelodd y gweithiwr.", "3ydd Mehefin 2022"),
    (CY + "Cynhaliwyd y cyfarfod ddydd Llun 5 Chwefror 2024.", "5 Chwefror 2024"),
    (CY + "1af Medi 2021: Dechreuodd y plentyn yn y feithrinfa.", "1af Medi 2021"),
    (CY + "5ed o Fedi 2022: Dechreuodd yn y dosbarth derbyn.", "5ed o Fedi 2022"),
])
def test_welsh_dates(fast_engine, text: str, date: str) -> None:
    assert date in found(fast_engine.analyze(text))


def test_commencement_dates_are_not_findings(fast_engine) -> None:
    text = CY + "Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014, a ddaeth i rym ar 6 Ebrill 2016."
    assert found(fast_engine.analyze(text), "DATE") == []


@pytest.mark.parametrize(("text", "setting"), [
    (CY + "Aeth Mam â'r plentyn i Feddygfa Glan Seiont ddoe.", "Feddygfa Glan Seiont"),
    (CY + "Roedd y plentyn yn mynychu sesiynau yng Nghylch Meithrin Nant y Wiwer.", "Nghylch Meithrin Nant y Wiwer"),
    (CY + "Roedd y teulu'n aelodau yng Nghapel Soar-y-Bryn.", "Nghapel Soar-y-Bryn"),
    (CY + "Hyfforddai'r plentyn hefyd yng Nghlwb Paffio Bro Eithin.", "Nghlwb Paffio Bro Eithin"),
])
def test_welsh_settings_after_a_mutation(fast_engine, text: str, setting: str) -> None:
    assert setting in found(fast_engine.analyze(text), "SETTING")


def test_ysgol_sul_is_a_kind_not_a_name(fast_engine) -> None:
    assert found(fast_engine.analyze(CY + "Roedd y plentyn yn cyrraedd yr Ysgol Sul heb gôt."), "SETTING") == []


def test_terse_welsh_action_plan_is_read_as_welsh(fast_engine) -> None:
    text = ("Cynllun Gweithredu Amlasiantaethol Fersiwn 3\nArgymhelliad 2: Cynnig gwasanaeth yn Gymraeg i bob teulu\n"
            "Arweinydd: Swyddog Diogelu Addysg (Swydd: wag ar hyn o bryd)\nAdolygydd: Adolygydd Arweiniol Annibynnol "
            "(BA, MSc, CQSW) | Cynghorydd iechyd: Nyrs Ddynodedig (RGN, RSCN, MBE) | Fersiwn 2")
    assert found(fast_engine.analyze(text), "PERSON") == []


def test_mixed_paragraphs_each_in_their_own_language(fast_engine) -> None:
    text = ("The review met the family in March. Mother said that Bethan Owen visited often.\n\n"
            "Roedd y teulu yn byw yn y pentref. Cafodd yr anaf ei esbonio gan Ddafydd fel damwain yn y bath.")
    names = found(fast_engine.analyze(text), "PERSON")
    assert "Bethan Owen" in names and "Ddafydd" in names


@pytest.mark.parametrize(("text", "name"), [
    (CY + "Dywedodd Mam fod ei phartner, Shamel, yn gweithio shifftiau nos.", "Shamel"),
    (CY + "Roedd y drws wedi cael ei gloi gan Miqui dros y penwythnos.", "Miqui"),
])
def test_an_unknown_capitalised_word_mid_sentence_is_a_name_in_welsh(fast_engine, text: str, name: str) -> None:
    assert name in found(fast_engine.analyze(text))


@pytest.mark.parametrize("text", [
    CY + "Symudodd y teulu o Wrecsam i Gaerdydd, ac wedyn i Abertawe.",
    CY + "Nid oedd neb wedi esbonio'r pryderon iddi yn Gymraeg, er mai Cymraeg yw iaith gyntaf y teulu.",
    CY + "Mae'r Cynnig Rhagweithiol yn disgwyl i wasanaethau gynnig help. Pennod Ymarfer Allweddol 2.",
    CY + "Soniodd yr adolygiad am adroddiad Waterhouse, Lost in Care, a dan Gyfraith Sarah?",
])
def test_welsh_places_languages_and_words_are_not_names(fast_engine, text: str) -> None:
    assert found(fast_engine.analyze(text), "PERSON") == []


# a Welsh dictionary word as a name (perl "pearl"): capitalised mid-sentence in a person's slot, and mutated
PERL = (CY + "Cyfarfu Mam â'r nyrs ysgol, Perl Jenkins. Nododd Perl fod y plentyn yn hapus yn yr ysgol. "
        "Siaradodd yr athro â Pherl wedyn. Credai'r athro fod Perl yn ofnus.")


def test_a_welsh_word_name_in_a_persons_slot_and_after_a_mutation(fast_engine) -> None:
    names = found(fast_engine.analyze(PERL), "PERSON")
    assert "Perl Jenkins" in names  # apposition after the article and a noun phrase
    assert names.count("Perl") == 2  # subject after a verb in -odd, and of a "fod" clause
    assert "Pherl" in names  # the found name after the aspirate mutation


def test_a_welsh_word_opening_a_sentence_is_still_a_word(fast_engine) -> None:
    text = CY + "Roedd y plentyn yn dawel. Celyn a phlanhigion eraill oedd yn yr ardd."
    assert found(fast_engine.analyze(text), "PERSON") == []


def test_a_language_named_in_welsh_is_not_a_name(fast_engine) -> None:
    text = CY + "Dywedodd Mam mai Saesneg oedd iaith yr ysgol ond mai Pwyleg oedd iaith y cartref."
    assert found(fast_engine.analyze(text), "PERSON") == []


def test_the_welsh_twin_fields_of_a_data_file_are_read_as_welsh(fast_engine) -> None:
    from anonymise.recognizers.allow import language_blocks

    text = ("review:\n  owner: Area Planning Board\n  owner_cy: Bwrdd Cynllunio Ardal ar gyfer Camddefnyddio Sylweddau\n"
            "  notes:\n  - {term: \"Outreach\", term_cy: \"Allgymorth Cymunedol\", date: 2024-01-02}\n")
    welsh = [text[s:e] for s, e, cy in language_blocks(text) if cy]
    assert any("Camddefnyddio Sylweddau" in w for w in welsh) and any("Allgymorth" in w for w in welsh)
    assert not any("Area Planning Board" in w for w in welsh)
    assert found(fast_engine.analyze(text), "PERSON") == []


def test_a_welsh_programme_named_in_english_text_is_not_a_person(fast_engine) -> None:
    text = "The family were offered Dechrau'n Deg support and a referral to Byw Heb Ofn, but Gwyn Roberts declined."
    assert found(fast_engine.analyze(text), "PERSON") == ["Gwyn Roberts"]


def test_a_welsh_cover_page_with_few_function_words_is_welsh() -> None:
    from anonymise.recognizers.allow import is_welsh

    cover = ("Bwrdd Diogelu Rhanbarthol Gorllewin\nAdolygiad ymarfer plant:\nPlentyn T\nAdroddiad terfynol\n"
             "Canllawiau statudol adolygiadau diogelu unedig sengl\nMath o adolygiad\nAdolygiad diogelu unedig sengl\n"
             "Dyddiad\nHydref 2025\nAdolygwyr\nDr Nia Price, Prif adolygydd (annibynnol)\nIolo Reed, Ail adolygydd "
             "(addysg)\nCadeirydd y panel\nSwyddog diogelu arweiniol\nCyfarwyddwr gwasanaethau cymdeithasol")
    assert is_welsh(cover)


@pytest.mark.parametrize(("text", "name"), [
    ("Mae'r ferch wedi dewis y ffugenw 'Lowri' ar gyfer y gwaith hwn. Roedd Lowri yn 14 oed pan symudodd.", "Lowri"),
    ("Cyfeirir ato fel \"Macsen\" yn yr adroddiad hwn. Dywedodd Macsen ei fod yn hapus yn yr ysgol.", "Macsen"),
    ("Dewisodd ei nain yr enw 'Gwenno' i'r ferch yn yr adolygiad. Aeth Gwenno i'r clwb bob wythnos.", "Gwenno"),
    ("'Tesni' (nid ei henw iawn) oedd yr ieuengaf. Roedd Tesni yn ofnus o'i llystad.", "Tesni"),
    ("Nid Cai yw ei enw iawn. Dywedodd Cai wrth yr athro ei fod yn llwglyd.", "Cai"),
    ("Roedd am gael ei alw'n 'Ifor' yn yr adolygiad hwn. Dywedodd Ifor fod y tŷ yn oer.", "Ifor"),
])
def test_a_pseudonym_declared_in_welsh_is_not_flagged(fast_engine, text: str, name: str) -> None:
    assert name not in found(fast_engine.analyze(text))


def test_a_name_given_without_the_review_declaring_it_is_still_a_name(fast_engine) -> None:
    text = "Roedd ganddi ffrind a elwir yn 'Siôn' gan bawb yn y pentref. Gwelodd Siôn y fam yn gweiddi."
    assert "Siôn" in found(fast_engine.analyze(text))


def test_a_welsh_step_parent_written_as_a_role_is_not_a_name(fast_engine) -> None:
    text = "Dywedodd Llysfam wrth yr adolygydd nad oedd hi'n gwybod. Roedd Modryb yn poeni hefyd."
    assert found(fast_engine.analyze(text), "PERSON") == []


# --- kin words of other languages, rivers and Gaelic festivals are not people (issue 11) ---------------------

@pytest.mark.parametrize(("text", "word"), [
    ("Soniodd am Fodryb a Thaid, a oedd yn byw yn y dref. Roedd hi'n hoff iawn o Fodryb.", "Fodryb"),
    ("Yn ôl yr heddlu, gwaeddodd Llysfam ar y plant. Dywedodd Llysfam wrth y swyddog nad oedd hi yno.", "Llysfam"),
    ("Mae'r teulu'n byw ger afon Tywi, ac mae'r plant yn chwarae ar lan afon Tywi bob haf.", "Tywi"),
])
def test_welsh_kin_words_and_rivers_are_not_names(engine, text: str, word: str) -> None:
    assert word not in [d.text for d in engine.analyze(text) if d.entity_type == "PERSON"]


def test_a_kin_word_before_a_name_does_not_spread_as_a_name(engine) -> None:
    text = "He goes to Jaddah after school. Jaddah is grandmother: her own mother, Jaddah Mariam, who lives nearby."
    people = [d.text for d in engine.analyze(text) if d.entity_type == "PERSON"]
    assert "Jaddah" not in people and any("Mariam" in p for p in people)


@pytest.mark.parametrize("text", [
    "In August the family went to Féile an Earraigh in Belfast and to the Royal National Mòd in Perth.",
    "She sang at Fèis Bharraigh every summer.",
])
def test_irish_and_gaelic_festivals_are_not_people(engine, text: str) -> None:
    assert [d.text for d in engine.analyze(text) if d.entity_type == "PERSON"] == []


@pytest.mark.parametrize("text, name", [
    ("Her message read: 'fi a Thwm di cloi'r drws' (Tomos and I locked the door).", "Thwm"),
    ("The note said: 'dim ond i Wenllian mae o'n bwyta' – he only eats for her.", "Wenllian"),
    ("She wrote: 'dwi wedi deud wrth Ddafydd' before the visit.", "Ddafydd"),
])
def test_a_mutated_name_in_welsh_quoted_in_english(engine, text: str, name: str) -> None:
    assert name in found(engine.analyze(text), "PERSON")


def test_an_english_word_after_a_is_no_mutated_name(engine) -> None:
    text = "In the spring the family bought a Thermos flask and a Philips kettle from the catalogue shop."
    assert found(engine.analyze(text), "PERSON") == []


@pytest.mark.parametrize("text", [
    "Roedd y teulu'n dathlu Calan Gaeaf a Gŵyl San Steffan gyda'r plant bob blwyddyn yn y pentref.",
    "Mae'r teulu'n siarad Pwyleg gartref, ac roedd cyfieithydd Somalïeg yn y cyfarfod gyda'r fam a'r ysgol.",
    "Teulu o Deithwyr Gwyddelig yw'r teulu, ac mae trefn enwau Tsieineaidd yn wahanol i'r drefn Gymraeg.",
])
def test_welsh_feasts_peoples_and_languages_are_no_names(engine, text: str) -> None:
    assert found(engine.analyze(text), "PERSON") == []


def test_a_pseudonym_the_report_is_asked_to_use_in_welsh_is_no_name(engine) -> None:
    text = ("Mae'r teulu wedi gofyn i'r adroddiad gyfeirio at y plentyn fel 'Seren', gan mai dyna'r gair a "
            "ddefnyddiai ei nain. Dywedodd yr ymwelydd iechyd fod Seren yn blentyn siriol.")
    assert "Seren" not in found(engine.analyze(text), "PERSON")


@pytest.mark.parametrize("text, expected", [
    ("Eglurodd swyddog yr heddlu, GP, fod dau hysbysiad wedi'u hanfon. Dywedodd yr arweinydd, MLl, fod y staff "
     "wedi sylwi.", ["GP", "MLl"]),
    ("Cafodd Osian ei leoli ym Mhlas Onnen, cartref plant bach yn Sir Gâr. Dywedodd staff Plas Onnen nad oedden "
     "nhw wedi cael y cynllun.", ["Mhlas Onnen", "Plas Onnen"]),
])
def test_initials_after_a_welsh_post_and_a_plas_by_its_mutations(engine, text: str, expected: list[str]) -> None:
    got = [d.text for d in engine.analyze(text) if d.entity_type in ("PERSON", "SETTING")]
    assert all(e in got for e in expected)


def test_a_month_that_is_a_welsh_name_doing_what_a_person_does(engine) -> None:
    text = ("Nododd fod chwaer Plentyn A, Medi, yn bedair oed. Dywedodd Medi wrth ei hathrawes fod ofn arni. Roedd "
            "yr ysgol wedi codi pryder ym mis Medi 2021, ac er bod Mehefin a Medi wedi'u trafod, ni ddigwyddodd dim.")
    starts = [d.start for d in engine.analyze(text) if d.entity_type == "PERSON"]
    assert text.index("Medi, yn") in starts and text.index("Medi wrth") in starts
    assert text.index("Medi 2021") not in starts and text.index("Medi wedi'u") not in starts


def test_a_lake_and_a_welsh_boy_in_colloquial_welsh_are_no_names(engine) -> None:
    text = "Roedd hi'n byw ar fferm ger Llyn Brenig. Roedd Rhodri wedi sôn am 'foi o Lerpwl' a bod arno ofn mynd allan."
    assert found(engine.analyze(text), "PERSON") == ["Rhodri"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mae fy chwaer fach Medi yn byw gyda Nain. Dw i eisiau gweld Medi yn amlach.", ["Medi", "Medi"]),
    ("Cyfarfod y panel.\n\nBeth ddywedodd y plentyn: roedd hi'n drist. Pwy oedd yno? Neb.", []),
    ("Roedd y teulu'n byw ar stad Maes Glas ar gyrion y dref.", []),
    ("Roedd hi wrth ei bodd ar y traeth ym Mae Rhosili bob haf.", []),
    ("Beth Jones oedd y gweithiwr cymdeithasol.", ["Beth Jones"]),
    # a Welsh pet form that is an English function word too (Now, for Owen) is a name in Welsh
    ("Roedd Deian yn chwech a Now bach yn dair. Mae Now yn deud bod Dad yn flin.", ["Deian", "Now", "Now"]),
    # a Welsh noun before its adjective, though a name too
    ("Roedd y plant adref.\n\nHeulwen gynnes y bore oedd yr unig gysur. Enfys fawr dros y bae, meddai Nain.", []),
])
def test_welsh_grammar_names_a_month_named_child_and_no_question_word_or_place(fast_engine, text: str,
                                                                               expected: list[str]) -> None:
    assert found(fast_engine.analyze(text), "PERSON") == expected


def test_a_welsh_word_name_that_speaks_or_cries_in_a_lower_case_diary(fast_engine) -> None:
    diary = "'nos lun. neb adra eto. eira yn deud bod hi di cal llond bol. es i gwely.'\n'nos fawrth. eira yn crio.'"
    assert found(fast_engine.analyze(diary), "PERSON") == ["eira", "eira"]


@pytest.mark.parametrize(("text", "expected"), [
    # Math is a Welsh given name, and "Math" after a nasal mutation is Bath ("ym Math")
    ("Nid oedd neb adref. Roedd Math yn cysgu ar y soffa pan alwodd y nyrs.", ["Math"]),
    ("Treuliodd y teulu wythnos ym Math cyn symud yn ôl i'r gogledd.", []),
    # a Welsh noun opening a sentence with "of" and a lower-case word, or with "another": no name
    ("Cafodd y plentyn ei adael. Math o esgeulustod oedd hyn yn ôl y panel.", []),
    ("Roedd yr ysgol yn poeni. Math arall o niwed oedd y bwlio ar-lein.", []),
    ("Daeth y gwyliau. Haf o hwyl oedd hi i'r plant, meddai Nain.", []),
    # but a name from a place ("from Cardiff", capitalised) or "from the school" is still a name
    ("Cafodd y plentyn ei weld. Math o Gaerdydd oedd ei ffrind gorau.", ["Math"]),
])
def test_a_welsh_noun_that_is_a_name_too_by_its_grammar(fast_engine, text: str, expected: list[str]) -> None:
    assert found(fast_engine.analyze(text), "PERSON") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a police rank in Welsh (and its mutation after "gan") before initials names an officer
    ("Yn bresennol: Sarjant GW (Heddlu Dyfed-Powys); Arolygydd TLl (Heddlu De Cymru).\n\n"
     "Dywedodd Sarjant GW fod y tŷ yn oer.", ["GW", "TLl", "GW"]),
    ("Cafodd y digwyddiad ei gofnodi gan Gwnstabl BH am 22:10. Gofynnodd Rhingyll EP am adroddiad.", ["BH", "EP"]),
    # an agency's abbreviation after a rank is no officer
    ("Cysylltodd y Ditectif CID â'r ysgol.", []),
])
def test_a_welsh_police_rank_before_initials(fast_engine, text: str, expected: list[str]) -> None:
    assert found(fast_engine.analyze(text), "PERSON") == expected


def test_a_welsh_verb_opening_a_log_entry_after_a_date_and_a_dash_is_no_name(fast_engine) -> None:
    text = ("Cofnodion yr ysgol.\n\n09/01/2024 – Daeth Lowri Prys i'r ysgol yn hwyr. Dywedodd fod y bws wedi torri.\n\n"
            "10/01/2024 — Ffoniodd Mam am 08:40. Cyrhaeddodd Lowri am naw.")
    assert found(fast_engine.analyze(text), "PERSON") == ["Lowri Prys", "Lowri"]


@pytest.mark.parametrize(("text", "expected"), [
    # a Welsh pet form or given name no English word spells is a name in English text too
    ("The school logged the note as an absence. Bedo is registered there as Maredudd Hughes.",
     ["Bedo", "Maredudd Hughes"]),
    ("The mother's message read 'Lleucu di colli'r bws'. Lleucu was eight.", ["Lleucu", "Lleucu"]),
    # and a Welsh name from the list in Welsh text
    ("Roedd y pryder yn amlwg. Dywedodd Leusa wrthyf fod ei brawd yn llwgu.", ["Leusa"]),
])
def test_welsh_names_and_pet_forms_in_english_and_welsh_text(fast_engine, text: str, expected: list[str]) -> None:
    assert found(fast_engine.analyze(text), "PERSON") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a Welsh sentence says someone is called, quoted, and its other uses
    ("Mae ei chwiorydd yn ei galw'n 'Lils'. Dywedodd Lils wrth yr athrawes ei bod yn llwglyd.", ["Lils", "Lils"]),
    ("Mae ei ffrindiau yn ei alw'n 'dwts'. neges: dwts ti'n dod allan?", ["dwts", "dwts"]),
    # not an insult in Welsh, nor a relative's name for herself
    ("Roedd ei lystad yn ei galw'n 'dwp' bob dydd.", []),
])
def test_a_name_a_welsh_sentence_says_someone_is_called(fast_engine, text: str, expected: list[str]) -> None:
    assert found(fast_engine.analyze(text), "PERSON") == expected
