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
            "<h2>Ansprechpersonen</h2><p>Ehrenamtliche und Fachkräfte werden "
            "Ansprechpersonen des Netzwerks. Sie hören zu, geben Orientierung und "
            "vermitteln weiter, wenn mehr Hilfe nötig ist. Als Botschafterinnen und "
            "Botschafter tragen sie die Ziele des Netzwerks in ihre Stadtteile, gerade "
            "zu Menschen, die bisher wenig erreicht wurden.</p>",
            "<h2>Unser Leitbild: das Kohärenzgefühl</h2><p>Menschen bleiben im "
            "seelischen Gleichgewicht, wenn sie ihre Welt <strong>verstehen</strong> "
            "können, wenn sie das Gefühl haben, Schwierigkeiten <strong>bewältigen"
            "</strong> zu können, und wenn ihr Tun <strong>Sinn</strong> ergibt. "
            "Nach diesen drei Säulen (Verstehbarkeit, Handhabbarkeit, Sinnhaftigkeit) "
            "sind unsere Kurse und Schulungen geordnet.</p>",
            "<h2>Mitmachen</h2><p>Registrieren Sie sich kostenlos, belegen Sie "
            "Online-Kurse in Ihrem Tempo, buchen Sie Schulungen und "
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
            "Stadtteil und Organisation, Ihren Lernfortschritt, Ihre Buchungen von "
            "Schulungen und Ihre Beiträge im Austausch.</p>",
            "<h2>Was andere sehen</h2><p>Andere Teilnehmende sehen nur Ihren "
            "Anzeigenamen. Ihren Vor- und Nachnamen sehen nur Sie, die "
            "Trainer:innen der Schulungen, die Sie gebucht haben oder auf "
            "deren Warteliste Sie stehen (auf der Teilnahmeliste zum Unterschreiben "
            "und in der Teilnehmenden-Datei), die Koordination und, auf Ihren "
            "Teilnahmebescheinigungen, wer deren Prüfcode kennt. Alle anderen sehen "
            "nur Ihren Anzeigenamen. Ihre E-Mail-Adresse sehen nur diese "
            "Trainer:innen und die Koordination. Ihre Reflexionsnotizen in den "
            "Kursen sieht niemand außer Ihnen.</p>",
            "<h2>Angaben zu Ihren Bedürfnissen, Bewertungen, keine Dritten</h2>"
            "<p>Beim Buchen einer Schulung können Sie freiwillig angeben, was Sie "
            "brauchen (zum Beispiel einen stufenlosen Zugang, Gebärdensprache oder "
            "ein Leihgerät). Diese Angaben sehen nur die Leitung der Schulung und "
            "die Koordination; wir löschen sie, sobald die Schulung vorbei ist. "
            "Bewertungen von Schulungen und Kursen speichern wir ohne Ihren Namen; "
            "Ergebnisse zeigen wir erst ab fünf Antworten.</p><p>Die Plattform lädt "
            "keine Inhalte von fremden Servern, setzt keine Werbe- oder Analyse-Cookies "
            "und gibt keine Daten an Dritte weiter. Videos von anderen Anbietern "
            "werden erst geladen, wenn Sie das ausdrücklich wählen.</p>",
            "<h2>Ihre Rechte</h2><p>Sie haben das Recht auf Auskunft, Berichtigung, "
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
        "Hier erklären wir die Internet·seite in Leichter Sprache.",
        "easy_language",
        [
            "<p>Diese Internet·seite heißt: Gemeinsam Stark.</p>"
            "<p>Die Internet·seite ist für Menschen, die anderen Menschen helfen.</p>"
            "<p>Wir nennen diese Menschen: Ansprech·personen.</p>",
            "<p>Eine Ansprech·person hört zu.</p>"
            "<p>Eine Ansprech·person weiß, wo es Hilfe gibt.</p>"
            "<p>Manche Ansprech·personen arbeiten ohne Geld. "
            "Das nennt man: Ehren·amt.</p>",
            "<p>Die Stadt Mülheim an der Ruhr macht diese Internet·seite.</p>"
            "<p>Alles auf der Internet·seite kostet nichts.</p>",
            "<p>Auf den nächsten Seiten erklären wir:</p>"
            "<ul><li>Was es auf der Internet·seite gibt.</li>"
            "<li>Wie Sie sich auf der Internet·seite zurecht·finden.</li>"
            "<li>Was auf der Internet·seite noch nicht gut geht.</li>"
            "<li>Wo Sie mehr erfahren.</li></ul>",
        ],
    ),
]

# The pages below "Leichte Sprache": slug, title, intro, body. A body item is a
# paragraph (rich text) or ("h2", heading). Written in Leichte Sprache: short
# sentences, one statement each, hard words explained, long words with a
# Medio·punkt, no abbreviations.
EASY_LANGUAGE_PAGES = [
    (
        "was-gibt-es-hier",
        "Was gibt es auf der Internet·seite?",
        "Hier steht, was Sie auf der Internet·seite machen können.",
        [
            ("h2", "Lernen im Internet"),
            "<p>Es gibt Kurse im Internet.</p>"
            "<p>Ein Kurs hat mehrere Teile.</p>"
            "<p>Wir nennen einen Teil: Lern·einheit.</p>"
            "<p>Sie lernen, wann Sie Zeit haben.</p>"
            "<p>Die Internet·seite merkt sich, was Sie schon gelernt haben.</p>"
            "<p>Am Ende bekommen Sie eine Bescheinigung. "
            "Eine Bescheinigung ist ein Papier. "
            "Auf dem Papier steht: Sie haben den Kurs gemacht.</p>",
            ("h2", "Treffen zum Lernen"),
            "<p>Es gibt auch Treffen zum Lernen.</p>"
            "<p>Wir nennen diese Treffen: Schulungen.</p>"
            "<p>Manche Schulungen sind an einem Ort in Mülheim.</p>"
            "<p>Manche Schulungen sind im Internet.</p>"
            "<p>Sie können einen Platz in einer Schulung buchen.</p>"
            "<p>Buchen heißt: Sie sagen uns, dass Sie kommen.</p>",
            ("h2", "Austausch mit anderen"),
            "<p>Sie können mit anderen Ansprech·personen schreiben.</p>"
            "<p>Das heißt: Austausch.</p>"
            "<p>Es gibt Gruppen zu einem Thema.</p>"
            "<p>Zum Beispiel: Trauer. Oder: Einsamkeit.</p>",
            ("h2", "Hilfe holen"),
            "<p>Auf jeder Seite steht: Hilfe holen.</p>"
            "<p>Dort stehen Telefon·nummern.</p>"
            "<p>Dort bekommen Sie schnell Hilfe.</p>"
            "<p>Zum Beispiel, wenn es einem Menschen sehr schlecht geht.</p>",
        ],
    ),
    (
        "so-finden-sie-sich-zurecht",
        "So finden Sie sich zurecht",
        "Hier steht, wie die Internet·seite aufgebaut ist.",
        [
            ("h2", "Oben auf jeder Seite"),
            "<p>Oben auf jeder Seite ist das Menü.</p>"
            "<p>Im Menü finden Sie alle wichtigen Seiten.</p>"
            "<p>Auf einem Handy ist das Menü versteckt.</p>"
            "<p>Dann tippen Sie auf das Wort: Menü.</p>",
            ("h2", "Ein Konto anlegen"),
            "<p>Sie wollen einen Kurs machen? "
            "Oder Sie wollen eine Schulung buchen? "
            "Dann brauchen Sie ein Konto.</p>"
            "<p>Ein Konto ist Ihr eigener Bereich auf der Internet·seite.</p>"
            "<p>Für das Konto brauchen Sie eine E-Mail-Adresse.</p>"
            "<p>Sie klicken auf: Registrieren.</p>"
            "<p>Dann bekommen Sie eine E-Mail mit einer Zahl.</p>"
            "<p>Die Zahl schreiben Sie auf der Internet·seite in das Feld.</p>",
            ("h2", "Mein Bereich"),
            "<p>Sie haben ein Konto? "
            "Dann gibt es für Sie die Seite: Mein Bereich.</p>"
            "<p>Dort sehen Sie Ihre Kurse.</p>"
            "<p>Dort sehen Sie Ihre Schulungen.</p>",
            ("h2", "Unten auf jeder Seite"),
            "<p>Unten auf jeder Seite stehen wichtige Hinweise.</p>"
            "<p>Zum Beispiel: Wie Sie uns erreichen.</p>"
            "<p>Und: Was mit Ihren Daten passiert. "
            "Daten sind Angaben über Sie. "
            "Zum Beispiel Ihr Name.</p>",
            ("h2", "Eine andere Sprache"),
            "<p>Die Internet·seite gibt es auch auf Englisch.</p>"
            "<p>Oben auf der Seite steht: English.</p>"
            "<p>Dort können Sie die Sprache ändern.</p>",
        ],
    ),
    (
        "barriere-freiheit",
        "Barriere·freiheit: Was noch nicht gut geht",
        "Hier steht das Wichtigste aus unserer Erklärung zur Barriere·freiheit.",
        [
            ("h2", "Was ist Barriere·freiheit?"),
            "<p>Barriere·freiheit heißt: Alle Menschen können die Internet·seite "
            "benutzen.</p>"
            "<p>Auch Menschen, die nicht gut sehen.</p>"
            "<p>Auch Menschen, die keine Maus benutzen können.</p>"
            "<p>Das ist ein Recht. Es steht in einem Gesetz.</p>",
            ("h2", "Was wir gemacht haben"),
            "<p>Wir haben die Internet·seite geprüft.</p>"
            "<p>Ein Computer·programm prüft jede Seite.</p>"
            "<p>Wir haben die Seiten auch selbst angeschaut.</p>",
            ("h2", "Was noch nicht gut geht"),
            "<p>Wir haben Fehler gefunden.</p>"
            "<p>Wir nennen diese Fehler: Barrieren.</p>"
            "<ul>"
            "<li>Die meisten Kurse gibt es nur auf Deutsch.</li>"
            "</ul>"
            "<p>Alle Barrieren stehen in der Erklärung zur Barriere·freiheit.</p>"
            "<p>Wir wollen diese Fehler beheben.</p>",
            ("h2", "Eine Barriere melden"),
            "<p>Sie haben eine Barriere gefunden? "
            "Dann sagen Sie es uns.</p>"
            "<p>Auf der Seite Barriere·freiheit gibt es ein Formular. "
            "Ein Formular ist eine Seite mit Feldern zum Schreiben.</p>"
            "<p>Sie können uns auch anrufen.</p>"
            "<p>Wir antworten Ihnen in einem Monat.</p>",
            ("h2", "Keine Antwort?"),
            "<p>Sie bekommen keine Antwort? "
            "Oder die Antwort hilft Ihnen nicht?</p>"
            "<p>Dann können Sie sich an die Ombuds·stelle wenden.</p>"
            "<p>Die Ombuds·stelle hilft Menschen, "
            "wenn eine Internet·seite nicht barriere·frei ist.</p>"
            "<p>Die Ombuds·stelle gehört zum Land Nordrhein-Westfalen.</p>"
            "<p>Die Hilfe kostet nichts.</p>"
            "<p>Hier ist die Internet·seite der Ombuds·stelle: "
            '<a href="https://www.lbbp.nrw.de/ombudsstelle">'
            "www.lbbp.nrw.de/ombudsstelle</a></p>",
        ],
    ),
    (
        "mehr-erfahren",
        "Hier erfahren Sie mehr",
        "Hier steht, wo Sie mehr Informationen finden.",
        [
            "<p>Sie wollen mehr über die Internet·seite wissen? "
            "Dann lesen Sie diese Seiten:</p>"
            "<ul>"
            "<li>Die Seite: Über das Netzwerk. "
            "Dort steht, wer Gemeinsam Stark macht.</li>"
            "<li>Die Seite: Erklärung zur Barriere·freiheit. "
            "Dort steht alles über Barrieren auf der Internet·seite.</li>"
            "<li>Die Seite: Datenschutz. "
            "Dort steht, was wir mit Ihren Daten machen.</li>"
            "</ul>"
            "<p>Diese Seiten sind in schwerer Sprache geschrieben.</p>",
            ("h2", "Fragen?"),
            "<p>Sie haben Fragen? Dann schreiben Sie uns eine E-Mail. "
            "Oder rufen Sie uns an.</p>"
            "<p>Die E-Mail-Adresse steht unten auf jeder Seite.</p>"
            "<p>Die Telefon·nummer steht auch unten auf jeder Seite.</p>",
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

HELP_INTRO = "Wenn es Ihnen oder jemandem in Ihrer Nähe gerade nicht gut geht:"

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
