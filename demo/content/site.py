"""German demo content of the site itself: districts, accounts, pages, settings."""

DEMO_PASSWORD = "Gemeinsam-Stark-2026"  # printed on purpose: demo only

# The districts of Mülheim an der Ruhr, in the order the site lists them.
DISTRICTS: list[str] = [
    "Altstadt I",
    "Altstadt II",
    "Broich",
    "Dümpten",
    "Eppinghofen",
    "Heißen",
    "Holthausen",
    "Menden-Holthausen",
    "Raadt",
    "Saarn",
    "Selbeck",
    "Speldorf",
    "Styrum",
    "Winkhausen",
    "Mintard",
    "Fulerum",
]

# email, display name, role, district, first name, last name
DEMO_USERS = [
    ("ansprechperson@example.org", "Anna S.", "Ansprechpersonen", "Styrum", "Anna", "Schulte"),
    ("trainerin@example.org", "Tanja R.", "Trainer:innen", "Saarn", "Tanja", "Richter"),
    ("koordination@example.org", "Koordination Netzwerk", "Koordination", "Altstadt I", "Karin", "Okafor"),
    ("lernende@example.org", "Lena W.", "Ansprechpersonen", "Broich", "Lena", "Wagner"),
    ("absolventin@example.org", "Ayla D.", "Ansprechpersonen", "Heißen", "Ayla", "Demir"),
    ("nachbar@example.org", "Jana M.", "Ansprechpersonen", "Dümpten", "Jana", "Meier"),
    ("helga@example.org", "Helga B.", "Ansprechpersonen", "Styrum", "Helga", "Brandt"),
    ("yusuf@example.org", "Yusuf K.", "Ansprechpersonen", "Eppinghofen", "Yusuf", "Kaya"),
]  # fmt: skip

HOME_INTRO = (
    "<p>Hier lernen und tauschen sich die Ansprechpersonen des Netzwerks "
    "WIR ZUSAMMEN GEMEINSAM STARK aus: in Online-Kursen zum eigenen Tempo, in "
    "Schulungen vor Ort und online und in Themengruppen. Alles ist kostenlos.</p>"
)

# slug, title, intro, footer key, body paragraphs (rich text)
STANDARD_PAGES = [
    (
        "ueber-das-netzwerk",
        "Über das Netzwerk",
        "WIR ZUSAMMEN GEMEINSAM STARK ist ein Hilfenetzwerk für eine widerstandsfähige "
        "Stadtgesellschaft in Mülheim an der Ruhr.",
        None,
        [
            "<p>Das Netzwerk ist aus der COVID-19-Krise entstanden. Über 40 Lageberichte "
            "an den Krisenstab haben gezeigt, wie sehr die Krise Menschen seelisch "
            "belastet hat: ältere Menschen, die allein leben, junge Menschen, Familien "
            "und alle, die ohnehin wenig Rückhalt haben. Daraus ist eine dauerhafte "
            "Unterstützungsstruktur geworden, getragen vom Sozialamt der Stadt und "
            "vielen Partnern aus sozialer und therapeutischer Arbeit.</p>",
            "<h3>Ansprechpersonen</h3><p>Ehrenamtliche und Fachkräfte werden "
            "Ansprechpersonen des Netzwerks. Sie hören zu, geben Orientierung und "
            "vermitteln weiter, wenn mehr Hilfe nötig ist. Als Botschafterinnen und "
            "Botschafter tragen sie die Ziele des Netzwerks in ihre Stadtteile, gerade "
            "zu Menschen, die bisher wenig erreicht wurden.</p>",
            "<h3>Unser Leitbild: das Kohärenzgefühl</h3><p>Menschen bleiben im "
            "seelischen Gleichgewicht, wenn sie ihre Welt <strong>verstehen</strong> "
            "können, wenn sie das Gefühl haben, Schwierigkeiten <strong>bewältigen"
            "</strong> zu können, und wenn ihr Tun <strong>Sinn</strong> ergibt. "
            "Nach diesen drei Säulen (Verstehbarkeit, Handhabbarkeit, Sinnhaftigkeit) "
            "sind unsere Kurse und Schulungen geordnet.</p>",
            "<h3>Mitmachen</h3><p>Registrieren Sie sich kostenlos, belegen Sie "
            "Online-Kurse in Ihrem Tempo, melden Sie sich zu Schulungen an und "
            "tauschen Sie sich in Themengruppen aus. Wenn Ihnen ein Thema fehlt, "
            "sagen Sie es uns.</p>",
        ],
    ),
    (
        "datenschutz",
        "Datenschutz",
        "Welche Daten wir speichern, wozu und wie lange, und welche Rechte Sie haben.",
        "privacy",
        [
            "<p>Verantwortlich ist die Stadt Mülheim an der Ruhr, Fachbereich Soziales "
            "(Anschrift im Impressum). Wir speichern nur, was für die Plattform nötig "
            "ist: Ihre E-Mail-Adresse, Ihren Anzeigenamen, freiwillige Angaben wie "
            "Stadtteil und Organisation, Ihren Lernfortschritt, Ihre Anmeldungen zu "
            "Schulungen und Ihre Beiträge im Austausch.</p>",
            "<h3>Was andere sehen</h3><p>Andere Teilnehmende sehen nur Ihren "
            "Anzeigenamen. Ihren Vor- und Nachnamen sehen nur Sie, die "
            "Trainer:innen der Schulungen, zu denen Sie angemeldet sind oder auf "
            "deren Warteliste Sie stehen (auf der Teilnahmeliste zum Unterschreiben "
            "und in der Teilnehmenden-Datei), die Koordination und, auf Ihren "
            "Teilnahmebescheinigungen, wer deren Prüfcode kennt. Alle anderen sehen "
            "nur Ihren Anzeigenamen. Ihre E-Mail-Adresse sehen nur diese "
            "Trainer:innen und die Koordination. Ihre Reflexionsnotizen in den "
            "Kursen sieht niemand außer Ihnen.</p>",
            "<h3>Keine Gesundheitsdaten, keine Dritten</h3><p>Wir fragen keine "
            "Gesundheitsdaten ab und speichern keine Fragebögen. Die Plattform lädt "
            "keine Inhalte von fremden Servern, setzt keine Werbe- oder Analyse-Cookies "
            "und gibt keine Daten an Dritte weiter. Videos von anderen Anbietern "
            "werden erst geladen, wenn Sie das ausdrücklich wählen.</p>",
            "<h3>Ihre Rechte</h3><p>Sie haben das Recht auf Auskunft, Berichtigung, "
            "Löschung, Einschränkung der Verarbeitung und Datenübertragbarkeit sowie "
            "das Recht auf Beschwerde bei der Landesbeauftragten für Datenschutz und "
            "Informationsfreiheit Nordrhein-Westfalen. Schreiben Sie uns dazu an die "
            "Kontaktadresse im Impressum.</p>",
        ],
    ),
    (
        "impressum",
        "Impressum",
        "Angaben nach § 5 DDG und § 18 MStV.",
        "imprint",
        [
            "<p>Stadt Mülheim an der Ruhr<br>Fachbereich Soziales – Sozialplanung und "
            "Projektentwicklung<br>Ruhrstraße 1<br>45468 Mülheim an der Ruhr</p>",
            "<p>Die Stadt Mülheim an der Ruhr ist eine Körperschaft des öffentlichen "
            "Rechts. Sie wird vertreten durch den Oberbürgermeister.</p>",
            "<p><strong>Hinweis:</strong> Diese Installation enthält Demo-Inhalte. "
            "Kontaktdaten von Einrichtungen und Personen sind frei erfunden.</p>",
        ],
    ),
    (
        "leichte-sprache",
        "Leichte Sprache",
        "Hier erklären wir die Plattform in Leichter Sprache.",
        "easy_language",
        [
            "<p>Diese Internet-Seite ist für Menschen, die anderen Menschen helfen.</p>"
            "<p>Wir nennen diese Menschen: Ansprechpersonen.</p>",
            "<p>Auf der Seite können Sie:</p><ul><li>lernen. Es gibt Kurse im "
            "Internet.</li><li>sich für Treffen anmelden. Manche Treffen sind an einem "
            "Ort in der Stadt. Manche Treffen sind im Internet.</li><li>mit anderen "
            "Menschen schreiben.</li></ul>",
            "<p>Alles ist kostenlos.</p><p>Sie brauchen eine E-Mail-Adresse.</p>"
            "<p>Sie haben Fragen? Dann schreiben Sie uns. Die Adresse steht unten auf "
            "der Seite.</p>",
        ],
    ),
]

# The accessibility statement: the page says the rest by itself (cms.accessibility).
ACCESSIBILITY_STATEMENT = {
    "slug": "barrierefreiheit",
    "title": "Erklärung zur Barrierefreiheit",
    "intro": "Wir wollen, dass alle Menschen diese Plattform nutzen können. Hier "
    "steht, was schon gut funktioniert, welche Barrieren es noch gibt und wie Sie "
    "uns eine Barriere melden.",
}

SITE_CONTACT = {
    "organisation_name": "Stadt Mülheim an der Ruhr, Fachbereich Soziales",
    "address": "Ruhrstraße 1\n45468 Mülheim an der Ruhr",
    "contact_email": "gemeinsam-stark@example.org",
    "contact_phone": "0208 000 000 00",
    "feedback_email": "barrierefrei@example.org",
    "responsible_person": "Fachbereich Soziales, Sozialplanung (Demo)",
}

HELP_CONTACTS = [
    {
        "name": "TelefonSeelsorge",
        "phone": "0800 111 0 111",
        "hours": "rund um die Uhr, kostenlos und anonym",
        "description": "Auch erreichbar unter 0800 111 0 222.",
        "url": "",
    },
    {
        "name": "Ärztlicher Bereitschaftsdienst",
        "phone": "116 117",
        "hours": "wenn die Hausarztpraxis geschlossen ist",
        "description": "",
        "url": "",
    },
    {
        "name": "Nummer gegen Kummer (Kinder und Jugendliche)",
        "phone": "116 111",
        "hours": "Mo–Sa 14–20 Uhr",
        "description": "",
        "url": "",
    },
]
