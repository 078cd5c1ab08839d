"""The exporters' own words in Danish and English.

The exporters cannot use Qt's translation files (``exports/`` has no Qt), so the few
labels a handout, a card sheet, a ballot or a CSV header needs are kept here, one
table per language. Danish is the default; an unknown language falls back to it.
"""

from __future__ import annotations

from functools import cache

from app.templates import load_common, load_templates

LABELS: dict[str, dict[str, str]] = {
    "da": {
        "handout": "Opsamling",
        "essentials": "Det vigtigste",
        "xlsx_round": "Afstemning",
        "xlsx_answers": "Svar i alt",
        "xlsx_statements": "Udsagn",
        "xlsx_criteria": "Kriterier",
        "votes_short": "Stemmer",
        "chosen_ideas": "De udvalgte idéer",
        "chosen_from_actions": "Idéerne i handlingsplanen",
        "no_chosen": "Der er ikke valgt idéer endnu.",
        "dots_count": "{n} prik|{n} prikker",
        "mean_score": "gns. {value}",
        "next_step": "Næste skridt",
        "contact": "Kontakt",
        "who": "Hvem",
        "when": "Hvornår",
        "board": "Tavlen",
        "board_caption": "Idéerne, som de blev samlet i temaer på tavlen. Tallet på en seddel er idéens nummer.",
        "no_dots": "{n} idé fik ingen prikker.|{n} idéer fik ingen prikker.",
        "criteria_rest": "{n} idé mere er scoret lavere.|{n} idéer mere er scoret lavere.",
        "question": "Innovationsspørgsmålet",
        "date": "Dato",
        "place": "Sted",
        "facilitator": "Facilitator",
        "template": "Forløb",
        "contents": "Indhold",
        "participants": "Deltagere",
        "participants_count": "{n} deltager|{n} deltagere",
        "participants_without_names": "Navne er udeladt i denne udgave. {n} deltagere fordelt på {groups} bordgrupper.",
        "group_count": "{name}: {n} deltager|{name}: {n} deltagere",
        "no_group": "Uden bordgruppe",
        "name": "Navn",
        "organisation": "Organisation",
        "role": "Rollekort",
        "table_group": "Bordgruppe",
        "roles_heading": "Rollekort",
        "arena": "Arena",
        "tasks": "Opgaver",
        "phase": "Fase",
        "phases": "Faser og idéer",
        "prompts": "Spørgsmål til fasen",
        "goal": "Mål",
        "ideas_count": "{n} idé|{n} idéer",
        "ideas": "Idéer",
        "themes": "Temaer",
        "no_ideas": "Ingen idéer i denne fase.",
        "no_cluster": "Uden tema",
        "other_ideas": "Idéer uden fase",
        "votes": "Afstemninger",
        "voters": "{n} har stemt",
        "abstained": "{n} stemte ikke",
        "dots": "prikker",
        "dots_round": "Prikafstemning",
        "statements_round": "Udsagn: Enig / Uenig / Ved ikke",
        "criteria_round": "Kriterier (1–5)",
        "agree": "Enig",
        "disagree": "Uenig",
        "dont_know": "Ved ikke",
        "rank": "Nr.",
        "idea": "Idé",
        "total": "I alt",
        "mean": "Gns.",
        "more_options": "… og {n} idé mere med færre prikker|… og {n} idéer mere med færre prikker",
        "no_votes": "Ingen afstemninger er afsløret.",
        "actions": "Handlingsplan",
        "owner": "Ejer",
        "first_test": "Første lille test",
        "due": "Dato",
        "added_value": "Merværdi",
        "no_actions": "Der er ikke lagt en handlingsplan endnu.",
        "principles": "Principperne",
        "question_hunt": "Sådan fandt vi innovationsspørgsmålet",
        "question_hunt_intro": "{n} mulige innovationsspørgsmål blev skrevet{phones}. Rummet vurderede dem 1–5 efter "
                               "kendetegnene ved et godt spørgsmål:",
        "question_hunt_phones": ", {n} af dem fra telefoner",
        "question_chosen": "Valgt",
        "question_none_chosen": "Intet af spørgsmålene blev valgt.",
        "question_discarded": "Kasseret ({n})",
        "question_running": "Ikke valgt ({n})",
        "question_points": "{n} point",
        "catalyst_cards": "Katalysatorens kort",
        "catalyst_cards_intro": "Kort fra katalysatorens bunke, trukket i rummet for at anlægge nye vinkler, "
                                "konstruere trusler, bringe ny viden i spil og forstyrre vante omgangsformer:",
        "page": "Side {n}",
        "anonymous": "anonym",
        "author": "Forfatter",
        "subject": "Opsamling fra innovationsworkshop",
        "cards_title": "Rollekort",
        "cut": "Klip langs de stiplede linjer",
        "deck_title": "Katalysatorens kort",
        "deck_task": "Katalysatorens opgave: {task}",
        "ballot": "Stemmeseddel",
        "ballot_dots": "Sæt {budget} prikker ved de idéer, du vil prioritere.",
        "ballot_dots_max": "Højst {max} prikker på én idé.",
        "ballot_statements": "Sæt ét kryds ved hvert udsagn.",
        "ballot_criteria": "Giv hver idé en score fra 1 (lav) til 5 (høj) for hvert kriterium.",
        "ballot_name": "Navn (frivilligt)",
        "ballot_anonymous": "Anonym afstemning – skriv ikke dit navn.",
        "number": "Nr.",
        "statement": "Udsagn",
        "csv_number": "Nummer",
        "csv_text": "Idé",
        "csv_author": "Forfatter",
        "csv_phase": "Fase",
        "csv_cluster": "Tema",
        "csv_group": "Bordgruppe",
        "csv_tags": "Tags",
        "csv_dots_total": "Prikker i alt",
        "csv_dots": "Prikker: {title}",
        "csv_score": "Score (gns.): {title}",
        "csv_created": "Oprettet",
        "missing_glyphs": "{place}: {n} tegn findes ikke i PDF'ens skrifttyper og står som firkanter ({scripts}: {chars})",
        "at_title": "Workshoppens titel",
        "at_question": "Innovationsspørgsmålet",
        "at_place": "Stedet",
        "at_facilitator": "Facilitatoren",
        "at_participant": "Deltager {n}",
        "at_group": "Bordgruppe {n}",
        "at_phase": "Fase {n}",
        "at_theme": "Tema {n}",
        "at_idea": "Idé {n}",
        "at_idea_author": "Idé {n} (forfatter)",
        "at_idea_tags": "Idé {n} (tags)",
        "at_round": "Afstemning {n}",
        "at_statement": "Udsagn {n}",
        "at_criterion": "Kriterium {n}",
        "at_action": "Handlingsplanen, linje {n}",
    },
    "en": {
        "handout": "Summary",
        "essentials": "The essentials",
        "xlsx_round": "Vote",
        "xlsx_answers": "Answers in total",
        "xlsx_statements": "Statements",
        "xlsx_criteria": "Criteria",
        "votes_short": "Votes",
        "chosen_ideas": "The chosen ideas",
        "chosen_from_actions": "The ideas in the action plan",
        "no_chosen": "No ideas have been chosen yet.",
        "dots_count": "{n} dot|{n} dots",
        "mean_score": "mean {value}",
        "next_step": "Next step",
        "contact": "Contact",
        "who": "Who",
        "when": "When",
        "board": "The board",
        "board_caption": "The ideas as they were gathered into themes on the board. The number on a note is the idea's number.",
        "no_dots": "{n} idea got no dots.|{n} ideas got no dots.",
        "criteria_rest": "{n} more idea scored lower.|{n} more ideas scored lower.",
        "question": "The innovation question",
        "date": "Date",
        "place": "Place",
        "facilitator": "Facilitator",
        "template": "Process",
        "contents": "Contents",
        "participants": "Participants",
        "participants_count": "{n} participant|{n} participants",
        "participants_without_names": "Names are left out of this edition. {n} participants in {groups} table groups.",
        "group_count": "{name}: {n} participant|{name}: {n} participants",
        "no_group": "No table group",
        "name": "Name",
        "organisation": "Organisation",
        "role": "Role card",
        "table_group": "Table group",
        "roles_heading": "Role cards",
        "arena": "Arena",
        "tasks": "Tasks",
        "phase": "Phase",
        "phases": "Phases and ideas",
        "prompts": "Prompts for the phase",
        "goal": "Goal",
        "ideas_count": "{n} idea|{n} ideas",
        "ideas": "Ideas",
        "themes": "Themes",
        "no_ideas": "No ideas in this phase.",
        "no_cluster": "No theme",
        "other_ideas": "Ideas without a phase",
        "votes": "Votes",
        "voters": "{n} voted",
        "abstained": "{n} did not vote",
        "dots": "dots",
        "dots_round": "Dot vote",
        "statements_round": "Statements: Agree / Disagree / Don't know",
        "criteria_round": "Criteria (1–5)",
        "agree": "Agree",
        "disagree": "Disagree",
        "dont_know": "Don't know",
        "rank": "No.",
        "idea": "Idea",
        "total": "Total",
        "mean": "Mean",
        "more_options": "… and {n} more idea with fewer dots|… and {n} more ideas with fewer dots",
        "no_votes": "No vote has been revealed.",
        "actions": "Action plan",
        "owner": "Owner",
        "first_test": "First small test",
        "due": "Date",
        "added_value": "Added value",
        "no_actions": "No action plan has been made yet.",
        "principles": "The principles",
        "question_hunt": "How we found the innovation question",
        "question_hunt_intro": "{n} possible innovation questions were written{phones}. The room scored them 1–5 on "
                               "the marks of a good question:",
        "question_hunt_phones": ", {n} of them from phones",
        "question_chosen": "Chosen",
        "question_none_chosen": "None of the questions was chosen.",
        "question_discarded": "Discarded ({n})",
        "question_running": "Not chosen ({n})",
        "question_points": "{n} points",
        "catalyst_cards": "The catalyst's cards",
        "catalyst_cards_intro": "Cards from the catalyst's deck, drawn in the room to bring new angles, construct "
                                "threats, bring new knowledge into play and disturb habitual ways of working:",
        "page": "Page {n}",
        "anonymous": "anonymous",
        "author": "Author",
        "subject": "Summary of an innovation workshop",
        "cards_title": "Role cards",
        "cut": "Cut along the dashed lines",
        "deck_title": "The catalyst's cards",
        "deck_task": "The catalyst's task: {task}",
        "ballot": "Ballot",
        "ballot_dots": "Put {budget} dots by the ideas you want to prioritise.",
        "ballot_dots_max": "At most {max} dots on one idea.",
        "ballot_statements": "Put one cross by each statement.",
        "ballot_criteria": "Score each idea from 1 (low) to 5 (high) on each criterion.",
        "ballot_name": "Name (optional)",
        "ballot_anonymous": "Anonymous vote – do not write your name.",
        "number": "No.",
        "statement": "Statement",
        "csv_number": "Number",
        "csv_text": "Idea",
        "csv_author": "Author",
        "csv_phase": "Phase",
        "csv_cluster": "Theme",
        "csv_group": "Table group",
        "csv_tags": "Tags",
        "csv_dots_total": "Dots in total",
        "csv_dots": "Dots: {title}",
        "csv_score": "Score (mean): {title}",
        "csv_created": "Created",
        "missing_glyphs": "{place}: {n} characters are not in the PDF's fonts and print as boxes ({scripts}: {chars})",
        "at_title": "The workshop's title",
        "at_question": "The innovation question",
        "at_place": "The place",
        "at_facilitator": "The facilitator",
        "at_participant": "Participant {n}",
        "at_group": "Table group {n}",
        "at_phase": "Phase {n}",
        "at_theme": "Theme {n}",
        "at_idea": "Idea {n}",
        "at_idea_author": "Idea {n} (author)",
        "at_idea_tags": "Idea {n} (tags)",
        "at_round": "Vote {n}",
        "at_statement": "Statement {n}",
        "at_criterion": "Criterion {n}",
        "at_action": "The action plan, line {n}",
    },
}

#: Scripts no shipped font covers, by :func:`exports.pdfkit.script_of`'s key (Danish,
#: English); any other script is named by its Unicode name.
SCRIPTS: dict[str, tuple[str, str]] = {
    "CJK": ("kinesisk/japansk", "Chinese/Japanese"),
    "HANGUL": ("koreansk", "Korean"),
    "DEVANAGARI": ("devanagari (hindi, nepali, marathi)", "Devanagari (Hindi, Nepali, Marathi)"),
    "BENGALI": ("bengali", "Bengali"),
    "GURMUKHI": ("gurmukhi (punjabi)", "Gurmukhi (Punjabi)"),
    "GUJARATI": ("gujarati", "Gujarati"),
    "TAMIL": ("tamil", "Tamil"),
    "TELUGU": ("telugu", "Telugu"),
    "KANNADA": ("kannada", "Kannada"),
    "MALAYALAM": ("malayalam", "Malayalam"),
    "SINHALA": ("singalesisk", "Sinhala"),
    "THAI": ("thai", "Thai"),
    "KHMER": ("khmer", "Khmer"),
    "MYANMAR": ("burmesisk", "Burmese"),
    "TIBETAN": ("tibetansk", "Tibetan"),
    "ETHIOPIC": ("etiopisk (amharisk, tigrinya)", "Ethiopic (Amharic, Tigrinya)"),
    "SYRIAC": ("syrisk", "Syriac"),
    "THAANA": ("thaana (dhivehi)", "Thaana (Dhivehi)"),
    "ARABIC": ("arabisk (sjældne bogstaver)", "Arabic (rare letters)"),
    "SYMBOL": ("symboler", "symbols"),
}


def script_name(language: str, key: str) -> str:
    """A script's name in ``language`` (see :data:`SCRIPTS`)."""
    names = SCRIPTS.get(key)
    if names is None:
        return key.title()
    return names[1] if lang(language) == "en" else names[0]


MONTHS = {
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def lang(language: str | None) -> str:
    """``"en"`` for English, else Danish (the default)."""
    return "en" if (language or "").startswith("en") else "da"


def label(language: str, key: str, **values: object) -> str:
    """The label ``key`` in ``language`` with ``{placeholders}`` filled in. A label with
    a singular and a plural form ("{n} idé|{n} idéer") takes the singular for n = 1."""
    text = LABELS[lang(language)][key]
    if "|" in text:
        one, many = text.split("|")
        text = one if values.get("n") == 1 else many
    return text.format(**values) if values else text


def long_date(language: str, date: object) -> str:
    """12. marts 2026 / 12 March 2026."""
    import datetime as dt

    if not isinstance(date, dt.date):
        return ""
    month = MONTHS[lang(language)][date.month - 1]
    return f"{date.day}. {month} {date.year}" if lang(language) == "da" else f"{date.day} {month} {date.year}"


@cache
def _term_names() -> dict[str, tuple[str, str]]:
    names: dict[str, tuple[str, str]] = {}
    common = load_common()
    vocabularies = list(common.vocabularies)
    try:
        for template in load_templates().values():
            vocabularies.extend(template.vocabularies)
    except Exception:  # noqa: BLE001 - a broken user template must not stop an export
        pass
    for vocabulary in vocabularies:
        for term in vocabulary.terms:
            names.setdefault(term.id, (term.name.da, term.name.en))
    return names


def term_name(language: str, term_id: str) -> str:
    """A tag's display name (a vocabulary term), or the tag itself if free text."""
    names = _term_names().get(term_id)
    if names is None:
        return term_id
    return names[1] if lang(language) == "en" else names[0]


@cache
def template_name(language: str, template_id: str) -> str:
    """The name of the template a workshop was made from, the user's own included
    ("Forløb: Idéer på personalemødet", not its id); the id if it is gone."""
    from app.templates import scan_templates, template_dirs, user_templates_dir

    try:
        template = scan_templates(template_dirs(user_templates_dir())).templates.get(template_id)
    except Exception:  # noqa: BLE001 - see above
        template = None
    return template.name.get(lang(language)) if template else template_id
