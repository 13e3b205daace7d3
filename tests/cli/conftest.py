"""Shared helpers of the command's tests: roster files and programme documents."""

import pytest

from mentoring import samples, serialization

MENTORS_CSV = """\
id,name,organization,district,subjects,grades,experience_years,languages,interests,preferred_delivery,certifications,capacity,functions,level
m1,Ana Lungu,school-1,north,romanian;history,5;6;7,18,ro;ru,reading,offline,institutional_mentor@2024-06-26,2,consultant;subject,institutional
m2,Ion Cojocaru,school-2,north,mathematics;physics,7;8;9,16,ro,digital_tools,online,institutional_mentor@2024-06-26,1,consultant,institutional
m3,Victor Munteanu,institute,north,mathematics,,24,ro;ru,,blended,national_mentor@2023-06-15,0,consultant,national
"""

MENTEES_CSV = """\
id,name,organization,district,subjects,grades,experience_years,languages,interests,preferred_delivery,category,needs,preferred_mentor_ids,avoided_mentor_ids,requested_on
e1,Irina Roșca,school-1,north,romanian,5;6,0,ro,reading,offline,debutant,lesson_planning,m1,,2024-09-02
e2,Andrei Ceban,school-2,north,mathematics,7;8,0,ro,digital_tools,online,debutant,,,m1,2024-09-02
e3,Elena Grosu,school-2,north,physics,7,1,ro,,,debutant,,,,2025-01-13
"""


@pytest.fixture
def rosters(tmp_path):
    """The paths of a small mentors' and mentees' CSV roster."""
    mentors = tmp_path / "mentors.csv"
    mentees = tmp_path / "mentees.csv"
    mentors.write_text(MENTORS_CSV, encoding="utf-8")
    mentees.write_text(MENTEES_CSV, encoding="utf-8")
    return mentors, mentees


@pytest.fixture(params=["ru", "md", "kz"])
def program_file(request, tmp_path):
    """A sample programme written as a JSON document."""
    path = tmp_path / f"{request.param}.json"
    path.write_text(
        serialization.to_json(samples.load(request.param)), encoding="utf-8"
    )
    return path


@pytest.fixture
def ru_file(tmp_path):
    path = tmp_path / "ru.json"
    path.write_text(serialization.to_json(samples.load("ru")), encoding="utf-8")
    return path
