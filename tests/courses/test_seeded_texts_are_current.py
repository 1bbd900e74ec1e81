"""The demo speaks in the present only of bodies that exist today.

The Department of Information and Communications merged into the Department of Science
and Technology on 1 March 2025 and district-level government ended on 1 July 2025: a
seeded text may name them only where it recalls the 2019 conference or says they are
gone. These tests scan every seeded text, passage by passage.
"""

import re
from pathlib import Path

import pytest

from accounts.demo import DEMO_USERS
from assessments.demo import BANK_FILES, DEMO_TEMPLATE
from courses.demo import INDEX_INTRO
from courses.demo_content import COURSE, MODULES
from sessions.demo import DISTRICTS, HUB, LABEL_2019

#: Names of bodies that no longer exist (word-bounded, so "chuyện" is not "huyện").
DEFUNCT = re.compile(
    r"\b(?:Sở Thông tin và Truyền thông|Bộ Thông tin và Truyền thông|Sở TT&TT|"
    r"SỞ THÔNG TIN VÀ TRUYỀN THÔNG|huyện|thị trấn)\b",
    re.IGNORECASE,
)
#: A passage naming one of them must say it speaks of 2019 or of the change.
HISTORICAL = re.compile(
    r"2019|khi đó|khi còn|còn tồn tại|hợp nhất|không còn|kết thúc|thay thế",
    re.IGNORECASE,
)
PASSAGE_BREAKS = re.compile(r"</?(?:p|li|ul|ol)>|[.;!?]\s|\n")


def strings_in(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return [value] if isinstance(value, str) else []


def present_tense_mentions(texts: list[str]) -> list[str]:
    passages = (p for text in texts for p in PASSAGE_BREAKS.split(text))
    return [p for p in passages if DEFUNCT.search(p) and not HISTORICAL.search(p)]


def test_the_scanner_catches_a_defunct_body_named_in_the_present():
    texts = ["<p>Huyện trả lời trong ngày.</p><p>Chuyện nhỏ.</p>"]

    assert present_tense_mentions(texts) == ["Huyện trả lời trong ngày."]


def test_the_scanner_allows_a_passage_that_recalls_2019():
    assert present_tense_mentions(["Sở Thông tin và Truyền thông khi đó (2019)."]) == []


def test_the_course_and_its_modules_name_no_defunct_body_in_the_present():
    assert present_tense_mentions(strings_in([COURSE, MODULES, INDEX_INTRO])) == []


def test_the_seed_quiz_names_no_defunct_body_in_the_present():
    texts = [path.read_text(encoding="utf-8") for path, _fmt in BANK_FILES]

    assert present_tense_mentions(texts) == []


def test_the_demo_certificate_is_issued_by_todays_department():
    assert DEMO_TEMPLATE["issuing_body"] == "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    assert present_tense_mentions(strings_in(DEMO_TEMPLATE)) == []


def test_demo_users_work_for_bodies_that_exist_today():
    texts = [text for user in DEMO_USERS for text in (user.agency, user.position)]

    assert present_tense_mentions(texts) == []


def test_the_2019_endpoints_say_they_are_the_2019_endpoints():
    assert "2019" in HUB[1]
    assert "2019" in LABEL_2019
    assert all(
        DEFUNCT.search(name) or "Thành phố" in name for _c, name, _a in DISTRICTS
    )


@pytest.mark.django_db
def test_seeded_endpoints_are_labelled_as_2019():
    from django.core.management import call_command

    from sessions.models import Endpoint

    call_command("seed_demo", verbosity=0)

    names = list(Endpoint.objects.values_list("name", flat=True))
    assert names and all("2019" in name for name in names)


def test_every_seed_question_cites_its_source():
    gift, xml = (Path(path).read_text(encoding="utf-8") for path, _f in BANK_FILES)
    gift_questions = [b for b in gift.split("\n\n") if b.startswith("// points:")]
    xml_feedback = re.findall(r"<generalfeedback[^>]*>\s*<text>(.*?)</text>", xml, re.S)

    assert len(gift_questions) + len(xml_feedback) == 22
    assert all("Nguồn\\:" in q for q in gift_questions)
    assert all("Nguồn:" in text for text in xml_feedback)
