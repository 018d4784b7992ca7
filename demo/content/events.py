"""Demo-Inhalte für Veranstaltungsorte und Schulungen (alle Angaben fiktiv)."""

from __future__ import annotations

VENUES: list[dict] = [
    {
        "key": "stz-styrum",
        "name": "Stadtteilzentrum Styrum - Haus am Brunnenplatz",
        "street": "Brunnenplatzweg 3",
        "postcode": "45476",
        "city": "Mülheim an der Ruhr",
        "district": "Styrum",
        "room": "Großer Saal, Erdgeschoss",
        "step_free": True,
        "accessible_toilet": True,
        "hearing_loop": False,
        "sign_language_on_request": True,
        "public_transport": "Straßenbahn 901, Haltestelle Brunnenplatz",
        "lat": 51.4512,
        "lon": 6.8531,
    },
    {
        "key": "fz-saarn",
        "name": "Familienzentrum Saarn - Haus Lindenblüte",
        "street": "Lindenblütenweg 8",
        "postcode": "45481",
        "city": "Mülheim an der Ruhr",
        "district": "Saarn",
        "room": "Raum Kastanie, 1. Obergeschoss (mit Aufzug)",
        "step_free": True,
        "accessible_toilet": True,
        "hearing_loop": True,
        "sign_language_on_request": True,
        "public_transport": "Bus 133, Haltestelle Lindenblütenweg",
        "lat": 51.4026,
        "lon": 6.8794,
    },
    {
        "key": "bt-heissen",
        "name": "Begegnungstreff Heißen - Alte Schmiede",
        "street": "Schmiedegasse 21",
        "postcode": "45472",
        "city": "Mülheim an der Ruhr",
        "district": "Heißen",
        "room": "Werkstattraum, Erdgeschoss",
        "step_free": False,
        "accessible_toilet": False,
        "hearing_loop": False,
        "sign_language_on_request": False,
        "public_transport": (
            "U-Bahn 18, Haltestelle Schmiedegasse, danach 300 Meter zu Fuß. "
            "Drei Stufen am Eingang, Handlauf vorhanden."
        ),
        "lat": 51.4335,
        "lon": 6.9178,
    },
    {
        "key": "bw-altstadt",
        "name": "Bildungswerkstatt Altstadt - Forum am Ruhrufer",
        "street": "Uferpromenade 5",
        "postcode": "45468",
        "city": "Mülheim an der Ruhr",
        "district": "Altstadt I",
        "room": "Seminarraum 2, 2. Obergeschoss (mit Aufzug)",
        "step_free": True,
        "accessible_toilet": True,
        "hearing_loop": True,
        "sign_language_on_request": True,
        "public_transport": (
            "Straßenbahn 102 und 901, Haltestelle Uferpromenade; "
            "Busse halten direkt vor dem Haus"
        ),
        "lat": 51.4283,
        "lon": 6.8815,
    },
    {
        "key": "gh-eppinghofen",
        "name": "Gemeinschaftshaus Eppinghofen - Treffpunkt Vielfalt",
        "street": "Vielfaltstraße 40",
        "postcode": "45468",
        "city": "Mülheim an der Ruhr",
        "district": "Eppinghofen",
        "room": "Saal im Erdgeschoss",
        "step_free": True,
        "accessible_toilet": True,
        "hearing_loop": False,
        "sign_language_on_request": True,
        "public_transport": "Bus 128, Haltestelle Treffpunkt Vielfalt",
        "lat": 51.4361,
        "lon": 6.8892,
    },
]

TRAININGS: list[dict] = [
    {
        "slug": "selbstfuersorge-fuer-engagierte",
        "title": "Gut für sich sorgen: Selbstfürsorge für Engagierte",
        "format": "online",
        "venue": None,
        "summary": (
            "Wer anderen zuhört, braucht selbst Kraft. Sie lernen einfache "
            "Wege, auf die eigenen Kräfte zu achten."
        ),
        "description": (
            "<p>Als Ansprechperson hören Sie oft schwere Geschichten. Das ist "
            "wertvoll - und es kann müde machen. In diesem Online-Treffen "
            "schauen wir gemeinsam darauf, was Ihnen Kraft gibt und woran Sie "
            "merken, dass es zu viel wird.</p>"
            "<p><strong>Das erwartet Sie:</strong></p>"
            "<ul>"
            "<li>Warnzeichen für Überlastung erkennen</li>"
            "<li>Kleine Pausen-Übungen für den Alltag</li>"
            "<li>Ihre persönliche Kraftquellen-Liste</li>"
            "<li>Austausch in kleinen Gruppen</li>"
            "</ul>"
            "<p>Sie brauchen nur ein Tablet, einen Computer oder ein Telefon. "
            "Wer möchte, bekommt vorher eine kurze Einführung in die "
            "Technik.</p>"
        ),
        "dimension": "handhabbarkeit",
        "topics": ["Selbstfürsorge", "Ehrenamt", "Stress"],
        "target_group": "Alle Ansprechpersonen und Botschafterinnen und Botschafter",
        "capacity": 25,
        "waiting_list": True,
        "sessions": [{"day": 3, "start": "18:00", "end": "19:30"}],
        "meeting_url": "https://meet.example.org/gs-selbstfuersorge",
        "dial_in": "Telefon 0208 000 099 00, Konferenz-PIN 4711",
        "related_course": "unterstuetzen-im-alltag",
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "psychosoziale-erste-hilfe-grundkurs",
        "title": "Psychosoziale Erste Hilfe - Grundkurs",
        "format": "praesenz",
        "venue": "stz-styrum",
        "summary": (
            "Was tun, wenn ein Mensch in einer Krise steckt? Der Grundkurs "
            "zeigt, wie Sie ruhig da sind, zuhören und weitere Hilfe finden."
        ),
        "description": (
            "<p>Krisen kommen oft plötzlich: ein Todesfall, eine Kündigung, "
            "eine schlimme Nachricht. Dann hilft es, wenn jemand ruhig bleibt "
            "und einfach da ist. Genau das üben wir in diesem Grundkurs.</p>"
            "<p><strong>Inhalte:</strong></p>"
            "<ul>"
            "<li>Was in Menschen nach belastenden Ereignissen passiert</li>"
            "<li>Die drei Schritte: Schauen, Zuhören, Verbinden</li>"
            "<li>Wann Sie professionelle Hilfe dazuholen sollten</li>"
            "<li>Wichtige Telefonnummern und Anlaufstellen in Mülheim</li>"
            "</ul>"
            "<p>Vorkenntnisse brauchen Sie nicht. Getränke und ein kleiner "
            "Imbiss stehen bereit.</p>"
        ),
        "dimension": "handhabbarkeit",
        "topics": ["Psychosoziale Erste Hilfe", "Krisen", "Gesprächsführung"],
        "target_group": "Neue und erfahrene Ansprechpersonen",
        "capacity": 16,
        "waiting_list": True,
        "sessions": [{"day": 5, "start": "17:00", "end": "19:30"}],
        "meeting_url": None,
        "dial_in": None,
        "related_course": "krisen-verstehen",
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "sprechstunde-technik-fuer-einsteiger",
        "title": "Keine Angst vor der Technik: Online-Sprechstunde zum Ausprobieren",
        "format": "online",
        "venue": None,
        "summary": (
            "Eine entspannte Übungsstunde: Wir probieren gemeinsam Kamera, "
            "Mikrofon und Chat aus. Jede Frage ist willkommen."
        ),
        "description": (
            "<p>Viele Treffen im Netzwerk finden auch online statt. Wenn Sie "
            "damit noch wenig Erfahrung haben, ist diese Sprechstunde genau "
            "richtig. Wir gehen langsam vor und erklären jeden Schritt.</p>"
            "<ul>"
            "<li>Einem Online-Treffen beitreten - mit Link oder per Telefon</li>"
            "<li>Kamera und Mikrofon an- und ausschalten</li>"
            "<li>Sich zu Wort melden und den Chat nutzen</li>"
            "</ul>"
            "<p><strong>Tipp:</strong> Sie können sich auch nur per Telefon "
            "einwählen und zuhören. Eine Begleitperson aus der Familie ist "
            "herzlich willkommen.</p>"
        ),
        "dimension": "handhabbarkeit",
        "topics": ["Digitales", "Online-Treffen"],
        "target_group": "Ansprechpersonen mit wenig Erfahrung am Computer oder Tablet",
        "capacity": 10,
        "waiting_list": False,
        "sessions": [{"day": 7, "start": "10:00", "end": "11:30"}],
        "meeting_url": "https://meet.example.org/gs-technik-sprechstunde",
        "dial_in": "Telefon 0208 000 099 00, Konferenz-PIN 2231",
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "gespraechsfuehrung-zuhoeren-und-fragen",
        "title": "Gut zuhören, richtig fragen: Gesprächsführung in drei Teilen",
        "format": "praesenz",
        "venue": "bw-altstadt",
        "summary": (
            "An drei Abenden üben Sie Schritt für Schritt, wie gute Gespräche "
            "gelingen - auch wenn es schwierig wird."
        ),
        "description": (
            "<p>Ein gutes Gespräch kann viel bewirken. In dieser Reihe üben "
            "wir in kleinen Gruppen und mit Beispielen aus Ihrem Alltag als "
            "Ansprechperson. Die drei Abende bauen aufeinander auf. Bitte "
            "kommen Sie nach Möglichkeit zu allen Terminen.</p>"
            "<ul>"
            "<li><strong>Teil 1:</strong> Aktiv zuhören und nachfragen</li>"
            "<li><strong>Teil 2:</strong> Gefühle ansprechen, ohne zu "
            "bewerten</li>"
            "<li><strong>Teil 3:</strong> Gespräche gut beenden und "
            "weitervermitteln</li>"
            "</ul>"
            "<p>Zwischen den Abenden bekommen Sie kleine Übungen für zu "
            "Hause. Sie dauern nur wenige Minuten.</p>"
        ),
        "dimension": "handhabbarkeit",
        "topics": ["Gesprächsführung", "Zuhören"],
        "target_group": "Ansprechpersonen, die ihre Gesprächspraxis vertiefen möchten",
        "capacity": 14,
        "waiting_list": True,
        "sessions": [
            {"day": 8, "start": "18:00", "end": "20:30"},
            {"day": 15, "start": "18:00", "end": "20:30"},
            {"day": 22, "start": "18:00", "end": "20:30"},
        ],
        "meeting_url": None,
        "dial_in": None,
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "spaziergang-gegen-einsamkeit",
        "title": "Gemeinsam unterwegs: Spaziergänge als Mittel gegen Einsamkeit",
        "format": "praesenz",
        "venue": "fz-saarn",
        "summary": (
            "Wie Sie Spaziergangsgruppen im Stadtteil aufbauen und dabei "
            "ins Gespräch kommen."
        ),
        "description": (
            "<p>Bewegung an der frischen Luft tut gut - und ein gemeinsamer "
            "Spaziergang macht es leichter, ins Gespräch zu kommen. Wir "
            "zeigen, wie Sie eine kleine Spaziergangsgruppe gründen.</p>"
            "<ul>"
            "<li>Wege planen, die für alle gut zu gehen sind</li>"
            "<li>Menschen ansprechen und einladen</li>"
            "<li>Was tun, wenn jemand nicht mehr mitkommt</li>"
            "</ul>"
        ),
        "dimension": "sinnhaftigkeit",
        "topics": ["Einsamkeit", "Bewegung", "Begegnung"],
        "target_group": "Ansprechpersonen, die eine Gruppe starten möchten",
        "capacity": 12,
        "waiting_list": False,
        "sessions": [{"day": 9, "start": "14:00", "end": "16:30"}],
        "meeting_url": None,
        "dial_in": None,
        "related_course": None,
        "cancelled_reason": (
            "Die Referentin ist leider erkrankt. Wir suchen einen neuen Termin "
            "und informieren alle, die gebucht haben, per E-Mail und Telefon."
        ),
        "full": False,
    },
    {
        "slug": "digitale-treffen-moderieren",
        "title": "Digitale Treffen moderieren - einfach und freundlich",
        "format": "online",
        "venue": None,
        "summary": (
            "Sie möchten selbst ein Online-Treffen leiten? Hier lernen Sie, "
            "wie alle gut zu Wort kommen."
        ),
        "description": (
            "<p>Online-Treffen sind eine gute Möglichkeit, auch Menschen zu "
            "erreichen, die nicht mehr gut aus dem Haus kommen. Damit sich "
            "alle wohlfühlen, braucht es eine ruhige Moderation.</p>"
            "<p><strong>Themen:</strong></p>"
            "<ul>"
            "<li>Ein Treffen vorbereiten und einladen</li>"
            "<li>Begrüßung, Vorstellungsrunde und klare Absprachen</li>"
            "<li>Stille Teilnehmende einbeziehen</li>"
            "<li>Was tun bei Technik-Pannen?</li>"
            "</ul>"
            "<p>Sie probieren die Moderation selbst aus - in kleinen Gruppen "
            "und ohne Druck.</p>"
        ),
        "dimension": "handhabbarkeit",
        "topics": ["Digitales", "Online-Treffen", "Moderation"],
        "target_group": "Ansprechpersonen mit ersten Erfahrungen in Online-Treffen",
        "capacity": 12,
        "waiting_list": True,
        "sessions": [{"day": 10, "start": "17:30", "end": "19:30"}],
        "meeting_url": "https://meet.example.org/gs-moderieren",
        "dial_in": "Telefon 0208 000 099 00, Konferenz-PIN 5832",
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "einsamkeit-im-alter-erkennen",
        "title": "Einsamkeit im Alter erkennen und ansprechen",
        "format": "praesenz",
        "venue": "bt-heissen",
        "summary": (
            "Einsamkeit sieht man nicht immer. Sie lernen Anzeichen kennen "
            "und wie Sie behutsam ins Gespräch kommen."
        ),
        "description": (
            "<p>Seit der Pandemie haben viele ältere Menschen ihre Kontakte "
            "verloren. Manche schämen sich dafür und sprechen nicht darüber. "
            "In dieser Schulung geht es darum, Einsamkeit zu verstehen und "
            "gut darauf zu reagieren.</p>"
            "<ul>"
            "<li>Unterschied zwischen Alleinsein und Einsamkeit</li>"
            "<li>Leise Anzeichen: Rückzug, Vernachlässigung, Traurigkeit</li>"
            "<li>Gesprächseinstiege, die nicht beschämen</li>"
            "<li>Angebote im Stadtteil, zu denen Sie begleiten können</li>"
            "</ul>"
            "<p>Die Gruppe ist bewusst klein, damit viel Zeit für Ihre "
            "Fragen bleibt.</p>"
        ),
        "dimension": "verstehbarkeit",
        "topics": ["Einsamkeit", "Ältere Menschen", "Gesprächsführung"],
        "target_group": "Ansprechpersonen, die mit älteren Menschen arbeiten",
        "capacity": 8,
        "waiting_list": True,
        "sessions": [{"day": 12, "start": "10:00", "end": "12:30"}],
        "meeting_url": None,
        "dial_in": None,
        "related_course": None,
        "cancelled_reason": None,
        "full": True,
    },
    {
        "slug": "lernplattform-kennenlernen",
        "title": "Die Lernplattform kennenlernen: Begleitete Übungsstunde vor Ort",
        "format": "praesenz",
        "venue": "stz-styrum",
        "summary": (
            "Bringen Sie Ihr Tablet oder Handy mit. Wir richten gemeinsam "
            "Ihren Zugang ein und probieren alles in Ruhe aus."
        ),
        "description": (
            "<p>Die Lernplattform ist für Sie da - auch wenn Sie nicht viel "
            "mit Computern zu tun haben. In dieser Übungsstunde helfen "
            "Ehrenamtliche aus dem Netzwerk Ihnen ganz persönlich.</p>"
            "<ul>"
            "<li>Anmelden und das Passwort sicher aufbewahren</li>"
            "<li>Eine Schulung finden und buchen</li>"
            "<li>Einen Beitrag im Austausch schreiben</li>"
            "<li>Schrift größer stellen und vorlesen lassen</li>"
            "</ul>"
            "<p>Leihgeräte sind vorhanden. Bitte sagen Sie bei der Buchung "
            "Bescheid, wenn Sie eines brauchen.</p>"
        ),
        "dimension": "handhabbarkeit",
        "topics": ["Digitales", "Lernplattform"],
        "target_group": "Alle, die die Lernplattform zum ersten Mal nutzen",
        "capacity": 10,
        "waiting_list": True,
        "sessions": [{"day": 14, "start": "10:00", "end": "12:00"}],
        "meeting_url": None,
        "dial_in": None,
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "interkulturelle-kommunikation",
        "title": "Verständigung über Grenzen: Interkulturelle Kommunikation",
        "format": "praesenz",
        "venue": "gh-eppinghofen",
        "summary": (
            "Wie Gespräche gelingen, wenn Menschen verschiedene Sprachen "
            "sprechen und unterschiedliche Erfahrungen mitbringen."
        ),
        "description": (
            "<p>In Mülheim leben Menschen aus vielen Ländern. Krisen und "
            "Belastungen werden nicht überall gleich erlebt und "
            "beschrieben. In dieser Schulung lernen Sie, offen und "
            "respektvoll nachzufragen.</p>"
            "<ul>"
            "<li>Eigene Bilder und Vorannahmen erkennen</li>"
            "<li>Einfache Sprache und Bilder nutzen</li>"
            "<li>Mit Sprachmittlerinnen und Sprachmittlern arbeiten</li>"
            "<li>Angebote der Migrationsberatung im Stadtteil</li>"
            "</ul>"
            "<p>Die Schulung leiten eine Kulturmittlerin und eine "
            "Sozialarbeiterin gemeinsam.</p>"
        ),
        "dimension": "verstehbarkeit",
        "topics": ["Interkulturelle Kommunikation", "Migration", "Sprache"],
        "target_group": "Alle Ansprechpersonen",
        "capacity": 18,
        "waiting_list": True,
        "sessions": [{"day": 17, "start": "16:00", "end": "19:00"}],
        "meeting_url": None,
        "dial_in": None,
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "trauer-begleiten",
        "title": "Trauer begleiten: Da sein, wenn Worte fehlen",
        "format": "praesenz",
        "venue": "fz-saarn",
        "summary": (
            "Trauer braucht Zeit und Raum. Sie erfahren, wie Sie trauernde "
            "Menschen begleiten können, ohne sich selbst zu verlieren."
        ),
        "description": (
            "<p>Viele Menschen konnten sich während der Pandemie nicht von "
            "Angehörigen verabschieden. Diese Trauer wirkt oft lange nach. "
            "Als Ansprechperson können Sie ein wichtiger Halt sein.</p>"
            "<ul>"
            "<li>Wie Trauer verläuft - und warum sie so verschieden ist</li>"
            "<li>Hilfreiche und weniger hilfreiche Sätze</li>"
            "<li>Rituale und Erinnerungen</li>"
            "<li>Wann professionelle Trauerbegleitung sinnvoll ist</li>"
            "</ul>"
            "<p><strong>Hinweis:</strong> Das Thema kann eigene Erinnerungen "
            "wecken. Sie können jederzeit eine Pause machen.</p>"
        ),
        "dimension": "sinnhaftigkeit",
        "topics": ["Trauer", "Begleitung", "Selbstfürsorge"],
        "target_group": "Ansprechpersonen, die Trauernde begleiten",
        "capacity": 12,
        "waiting_list": True,
        "sessions": [{"day": 19, "start": "15:00", "end": "18:00"}],
        "meeting_url": None,
        "dial_in": None,
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "kinder-und-jugendliche-nach-der-pandemie",
        "title": "Kinder und Jugendliche nach der Pandemie verstehen",
        "format": "online",
        "venue": None,
        "summary": (
            "Was hat die Pandemie mit jungen Menschen gemacht? Eine "
            "Fachfrau aus der Jugendhilfe berichtet und beantwortet Fragen."
        ),
        "description": (
            "<p>Schulschließungen, wenig Kontakte, Sorgen in der Familie: "
            "Viele Kinder und Jugendliche tragen diese Zeit noch mit sich. "
            "Manche ziehen sich zurück, andere sind gereizt oder haben "
            "Ängste.</p>"
            "<ul>"
            "<li>Typische Belastungen in verschiedenen Altersgruppen</li>"
            "<li>Woran Sie merken, dass ein junger Mensch Hilfe braucht</li>"
            "<li>Wie Sie Eltern und Großeltern ansprechen</li>"
            "<li>Jugendangebote und Beratungsstellen in Mülheim</li>"
            "</ul>"
        ),
        "dimension": "verstehbarkeit",
        "topics": ["Kinder und Jugendliche", "Familie", "Pandemiefolgen"],
        "target_group": "Ansprechpersonen, Großeltern, Engagierte in Vereinen",
        "capacity": None,
        "waiting_list": False,
        "sessions": [{"day": 24, "start": "19:00", "end": "20:30"}],
        "meeting_url": "https://meet.example.org/gs-jugend-nach-der-pandemie",
        "dial_in": "Telefon 0208 000 099 00, Konferenz-PIN 6190",
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "netzwerkarbeit-im-stadtteil",
        "title": "Netzwerkarbeit im Stadtteil: Wer kann was?",
        "format": "hybrid",
        "venue": "gh-eppinghofen",
        "summary": (
            "Gute Hilfe braucht gute Kontakte. Wir erstellen gemeinsam eine "
            "Landkarte der Angebote in Ihrem Stadtteil."
        ),
        "description": (
            "<p>Als Ansprechperson müssen Sie nicht alles selbst lösen. "
            "Wichtig ist, zu wissen, wer weiterhelfen kann. In diesem "
            "Treffen sammeln wir Angebote und lernen, wie man gute Kontakte "
            "knüpft und pflegt.</p>"
            "<ul>"
            "<li>Eine Stadtteil-Landkarte mit Anlaufstellen erstellen</li>"
            "<li>Kontakt zu Vereinen, Gemeinden und Beratungsstellen</li>"
            "<li>Gut weitervermitteln: Was sage ich, was schreibe ich auf?"
            "</li>"
            "</ul>"
            "<p>Sie können vor Ort teilnehmen oder sich online "
            "zuschalten.</p>"
        ),
        "dimension": "sinnhaftigkeit",
        "topics": ["Netzwerkarbeit", "Stadtteil", "Weitervermittlung"],
        "target_group": "Ansprechpersonen und Botschafterinnen und Botschafter",
        "capacity": 20,
        "waiting_list": True,
        "sessions": [{"day": 26, "start": "17:00", "end": "19:30"}],
        "meeting_url": "https://meet.example.org/gs-netzwerkarbeit",
        "dial_in": "Telefon 0208 000 099 00, Konferenz-PIN 3318",
        "related_course": "gemeinsam-stark-im-stadtteil",
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "suizidgedanken-ansprechen",
        "title": "Wenn jemand nicht mehr leben möchte: Suizidgedanken ansprechen",
        "format": "praesenz",
        "venue": "bw-altstadt",
        "summary": (
            "Ein schweres Thema, behutsam erklärt: Wie Sie nachfragen, "
            "richtig reagieren und sofort Hilfe holen."
        ),
        "description": (
            "<p>Viele haben Angst, das Thema Suizid anzusprechen. Dabei "
            "entlastet eine offene Frage die meisten Betroffenen. Eine "
            "erfahrene Fachkraft aus der Krisenhilfe leitet die "
            "Schulung.</p>"
            "<ul>"
            "<li>Warnsignale und Risikofaktoren</li>"
            "<li>Direkt und einfühlsam nachfragen</li>"
            "<li>Was Sie in einer akuten Lage tun: Notruf 112, "
            "TelefonSeelsorge 0800 111 0 111</li>"
            "<li>Nach dem Gespräch: Wer fängt Sie selbst auf?</li>"
            "</ul>"
            "<p>Ein Raum für Ruhe und ein Gesprächsangebot nach der "
            "Schulung stehen bereit.</p>"
        ),
        "dimension": "verstehbarkeit",
        "topics": ["Krisen", "Suizidprävention", "Psychosoziale Erste Hilfe"],
        "target_group": "Ansprechpersonen, die den Grundkurs besucht haben",
        "capacity": 14,
        "waiting_list": True,
        "sessions": [{"day": 29, "start": "17:00", "end": "20:00"}],
        "meeting_url": None,
        "dial_in": None,
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "krisen-in-familien",
        "title": "Wenn es zu Hause kracht: Umgang mit Krisen in Familien",
        "format": "praesenz",
        "venue": "fz-saarn",
        "summary": (
            "Streit, Geldsorgen, Überforderung: Wie Sie Familien in "
            "schwierigen Zeiten unterstützen und weitervermitteln."
        ),
        "description": (
            "<p>Krisen treffen oft die ganze Familie. Als Ansprechperson "
            "erfahren Sie manchmal als Erste davon. Wir besprechen, was Sie "
            "tun können - und wo Ihre Rolle endet.</p>"
            "<ul>"
            "<li>Belastungen erkennen: Stress, Streit, Rückzug</li>"
            "<li>Mit Eltern sprechen, ohne Schuld zuzuweisen</li>"
            "<li>Hinweise auf Gewalt: Was jetzt wichtig ist</li>"
            "<li>Familienberatung, Schuldnerberatung und Jugendhilfe</li>"
            "</ul>"
        ),
        "dimension": "verstehbarkeit",
        "topics": ["Familie", "Krisen", "Weitervermittlung"],
        "target_group": "Alle Ansprechpersonen",
        "capacity": 16,
        "waiting_list": True,
        "sessions": [{"day": 33, "start": "17:30", "end": "20:00"}],
        "meeting_url": None,
        "dial_in": None,
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "grenzen-setzen-im-ehrenamt",
        "title": "Nein sagen dürfen: Grenzen setzen im Ehrenamt",
        "format": "online",
        "venue": None,
        "summary": (
            "Helfen ist schön - aber nicht rund um die Uhr. Sie lernen, "
            "freundlich und klar Grenzen zu ziehen."
        ),
        "description": (
            "<p>Anrufe am späten Abend, immer neue Bitten, das Gefühl, "
            "niemanden enttäuschen zu dürfen: Viele Engagierte kennen das. "
            "Wir üben, wie Sie Ihre Grenzen gut erklären.</p>"
            "<ul>"
            "<li>Die eigene Rolle als Ansprechperson klären</li>"
            "<li>Erreichbarkeit absprechen</li>"
            "<li>Freundlich Nein sagen - Sätze zum Üben</li>"
            "</ul>"
        ),
        "dimension": "handhabbarkeit",
        "topics": ["Selbstfürsorge", "Ehrenamt", "Gesprächsführung"],
        "target_group": "Alle Ansprechpersonen",
        "capacity": 20,
        "waiting_list": False,
        "sessions": [{"day": 38, "start": "18:00", "end": "19:30"}],
        "meeting_url": "https://meet.example.org/gs-grenzen-setzen",
        "dial_in": "Telefon 0208 000 099 00, Konferenz-PIN 8842",
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "austauschtreffen-stadtteile",
        "title": "Austauschtreffen: Erfahrungen aus den Stadtteilen",
        "format": "hybrid",
        "venue": "stz-styrum",
        "summary": (
            "Ansprechpersonen aus allen Stadtteilen berichten, was gut läuft "
            "und wo es hakt. Mit Kaffee, Kuchen und Zeit zum Reden."
        ),
        "description": (
            "<p>Einmal im Quartal kommen Ansprechpersonen aus ganz Mülheim "
            "zusammen. Die Koordinationsstelle berichtet kurz aus dem "
            "Netzwerk, danach ist Zeit für Ihre Erfahrungen.</p>"
            "<ul>"
            "<li>Kurzer Bericht aus der Koordinationsstelle</li>"
            "<li>Tischgruppen nach Stadtteilen</li>"
            "<li>Wünsche für neue Schulungen sammeln</li>"
            "</ul>"
            "<p>Wer nicht kommen kann, schaltet sich online oder per Telefon "
            "dazu.</p>"
        ),
        "dimension": "sinnhaftigkeit",
        "topics": ["Austausch", "Netzwerkarbeit", "Stadtteil"],
        "target_group": "Alle Ansprechpersonen und Interessierte",
        "capacity": None,
        "waiting_list": False,
        "sessions": [{"day": 42, "start": "15:00", "end": "17:30"}],
        "meeting_url": "https://meet.example.org/gs-austauschtreffen",
        "dial_in": "Telefon 0208 000 099 00, Konferenz-PIN 1205",
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "schwierige-gespraeche-aerger-und-vorwuerfe",
        "title": "Wenn Gespräche schwierig werden: Ärger, Vorwürfe, Misstrauen",
        "format": "praesenz",
        "venue": "bt-heissen",
        "summary": (
            "Manchmal richtet sich Ärger gegen Sie. Sie lernen, ruhig zu "
            "bleiben und das Gespräch wieder in gute Bahnen zu lenken."
        ),
        "description": (
            "<p>Nach der Pandemie sind viele Menschen erschöpft und "
            "misstrauisch. Das zeigt sich manchmal in Wut oder in "
            "Vorwürfen. In dieser Schulung üben Sie, solche Gespräche "
            "gelassen zu führen.</p>"
            "<ul>"
            "<li>Was hinter Ärger oft steckt</li>"
            "<li>Ruhig bleiben: Atmen, Abstand, klare Worte</li>"
            "<li>Mit Gerüchten und falschen Informationen umgehen</li>"
            "<li>Ein Gespräch beenden, wenn es nicht mehr geht</li>"
            "</ul>"
        ),
        "dimension": "handhabbarkeit",
        "topics": ["Gesprächsführung", "Konflikte", "Selbstfürsorge"],
        "target_group": "Alle Ansprechpersonen",
        "capacity": 14,
        "waiting_list": True,
        "sessions": [{"day": 47, "start": "10:00", "end": "13:00"}],
        "meeting_url": None,
        "dial_in": None,
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
    {
        "slug": "stress-und-sorgen-verstehen",
        "title": "Grübeln, schlecht schlafen, Sorgen: Stress besser verstehen",
        "format": "online",
        "venue": None,
        "summary": (
            "Ein Vortrag mit Fragerunde: Was Stress im Körper macht und "
            "welche einfachen Übungen helfen."
        ),
        "description": (
            "<p>Dauerhafte Sorgen bringen Körper und Seele aus dem "
            "Gleichgewicht. Wer versteht, was passiert, kann besser damit "
            "umgehen - und es anderen erklären.</p>"
            "<ul>"
            "<li>Stress im Körper: einfach erklärt</li>"
            "<li>Schlaf und Grübeln</li>"
            "<li>Zwei kurze Entspannungsübungen zum Mitmachen</li>"
            "</ul>"
            "<p>Sie können die Kamera ausgeschaltet lassen.</p>"
        ),
        "dimension": "verstehbarkeit",
        "topics": ["Stress", "Selbstfürsorge", "Gesundheit"],
        "target_group": "Ansprechpersonen und alle Interessierten",
        "capacity": None,
        "waiting_list": False,
        "sessions": [{"day": 52, "start": "18:30", "end": "20:00"}],
        "meeting_url": "https://meet.example.org/gs-stress-verstehen",
        "dial_in": "Telefon 0208 000 099 00, Konferenz-PIN 7064",
        "related_course": None,
        "cancelled_reason": None,
        "full": False,
    },
]
