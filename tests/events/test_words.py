"""One word per meaning: the account is "angemeldet", a training is "gebucht".

The rendered pages are checked in test_views.py
(test_logout_and_cancelling_a_booking_never_share_a_word and the printed
confirmation); this scan catches a leftover in any source file.
"""

import os
import re
from pathlib import Path

from django.conf import settings

#: Where "anmelden"/"abmelden" may stay because it means the account: logging
#: in, staying logged in, the second factor. The phrase is taken out of its
#: line before the line is checked.
ACCOUNT_WORDS = (
    # The header's, home page's, lesson's and 403's log in and out.
    '"anmelden" context "konto"',
    '"abmelden" context "konto"',
    "zwei-faktor-anmeldung",
    "anmeldung mit zweitem faktor",
    "nach der anmeldung und formulare",  # accessibility: pages after login
    "anmelden, um zu buchen",
    "anmelden und kurs starten",
    "anmelden und das passwort",  # the demo's first-steps training
    "wenn sie angemeldet sind",  # the data export's download link
    "sie werden überall abgemeldet",
    "nicht mehr bei gemeinsam stark angemeldet",
    "konto und anmeldung",
    "zuletzt_angemeldet",
    "anmeldung nicht mehr möglich",  # an erased account
    "angemeldet bleiben",
    "bis zur abmeldung, höchstens",
    "offen für alle angemeldeten",
    "alle angemeldeten; die urheberschaft",
    "angemeldete ansprechpersonen",
)
#: The attendance state stored before the words changed; only its label shows.
STORED_VALUES = ('"angemeldet"',)
#: Not scanned: history (migrations), tests (they name the words to assert
#: their absence) and what is not the project's source.
SKIPPED_FOLDERS = {
    "migrations",
    "tests",
    "node_modules",
    "staticfiles",
    "media",
    "test-artifacts",
}


def test_no_training_or_booking_speaks_of_anmelden_or_abmelden():
    """The account's words are "anmelden"/"abmelden" (and "angemeldet"): a
    training is booked and a booking cancelled ("Buchen", "Buchung absagen").
    Any other use in the sources is a leftover, named with file and line. The
    split verb ("melden Sie sich … ab") escapes the scan; review catches it."""
    root = Path(settings.BASE_DIR)
    word = re.compile(r"an(ge)?meld|ab(ge)?meld", re.IGNORECASE)
    leftovers = []
    for folder, folders, files in os.walk(root):
        folders[:] = sorted(
            name
            for name in folders
            if not name.startswith(".") and name not in SKIPPED_FOLDERS
        )
        for name in sorted(files):
            if not name.endswith((".py", ".html", ".txt")):
                continue
            path = Path(folder) / name
            lines = path.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(lines, 1):
                rest = line.lower()
                for phrase in ACCOUNT_WORDS + STORED_VALUES:
                    rest = rest.replace(phrase, "")
                if word.search(rest):
                    where = path.relative_to(root)
                    leftovers.append(f"{where}:{number}: {line.strip()}")
    assert not leftovers, "Buchen/absagen statt an-/abmelden:\n" + "\n".join(leftovers)
