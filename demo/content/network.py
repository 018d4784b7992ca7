"""Demo-Inhalte für das Netzwerk: Verzeichnis, Botschafter, Wünsche, Berichte.

Alle Einrichtungen, Personen und Adressen sind erfunden. Echte Angaben gibt es
nur bei bundesweiten Krisentelefonen.
"""

from __future__ import annotations

from demo.content.site import DISTRICTS

DIRECTORY_ENTRIES: list[dict] = [
    {
        "name": "Psychosoziale Beratungsstelle Ruhrbogen",
        "kind": "beratung",
        "districts": ["Altstadt I", "Altstadt II", "Eppinghofen"],
        "topics": ["Krisen", "Ängste", "Depression", "Einsamkeit"],
        "languages": ["Deutsch", "Englisch"],
        "accessibility": "Stufenloser Zugang, Aufzug, barrierefreie Toilette",
        "opening_hours": (
            "Mo-Do 9-16 Uhr, Fr 9-13 Uhr, offene Sprechstunde Mi 14-16 Uhr"
        ),
        "phone": "0208 000 011 21",
        "street": "Ruhrbogenstraße 12",
        "postcode": "45468",
        "website": "https://example.org/beratung-ruhrbogen",
        "how_to_reach": (
            "Rufen Sie an oder kommen Sie mittwochs in die offene "
            "Sprechstunde. Eine Beraterin spricht zuerst kurz mit Ihnen. "
            "Meist bekommen Sie innerhalb einer Woche einen Termin. Die "
            "Beratung ist kostenlos und vertraulich."
        ),
        "description": (
            "Beratung für Erwachsene in seelischen Krisen, bei Ängsten, "
            "Niedergeschlagenheit und nach belastenden Erlebnissen. Auch "
            "Angehörige können sich melden. (Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Familien- und Erziehungsberatung Lindenhof",
        "kind": "beratung",
        "districts": ["Saarn", "Broich", "Speldorf", "Selbeck", "Mintard"],
        "topics": ["Familie", "Erziehung", "Trennung", "Kinder und Jugendliche"],
        "languages": ["Deutsch", "Polnisch"],
        "accessibility": "Erdgeschoss, stufenlos; Spielecke für Kinder",
        "opening_hours": "Mo-Fr 8:30-17 Uhr, Di bis 19 Uhr",
        "phone": "0208 000 012 40",
        "street": "Lindenhofweg 3",
        "postcode": "45481",
        "website": "https://example.org/familienberatung-lindenhof",
        "how_to_reach": (
            "Eltern, Kinder und Jugendliche können anrufen oder eine E-Mail "
            "an familienberatung@example.org schreiben. Das erste Gespräch "
            "findet meist innerhalb von zwei Wochen statt, auf Wunsch auch "
            "bei Ihnen zu Hause oder per Video."
        ),
        "description": (
            "Unterstützung bei Streit in der Familie, Erziehungsfragen, "
            "Trennung und Überforderung. Kostenlos und auf Wunsch anonym. "
            "(Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Schuldnerberatung Klarer Kurs",
        "kind": "beratung",
        "districts": ["Altstadt II", "Styrum", "Dümpten", "Winkhausen"],
        "topics": ["Schulden", "Geldsorgen", "Energiekosten"],
        "languages": ["Deutsch", "Türkisch", "Russisch"],
        "accessibility": "1. Obergeschoss mit Aufzug, barrierefreie Toilette",
        "opening_hours": "Mo, Di, Do 9-15 Uhr; Telefonsprechstunde Mi 10-12 Uhr",
        "phone": "0208 000 013 55",
        "street": "Kassenweg 9",
        "postcode": "45468",
        "website": "https://example.org/schuldnerberatung-klarer-kurs",
        "how_to_reach": (
            "Am besten zuerst in der Telefonsprechstunde am Mittwoch "
            "anrufen. Bringen Sie zum ersten Termin alle Briefe von "
            "Gläubigern mit, auch ungeöffnete. Bei Stromsperre oder "
            "Räumungsklage gibt es kurzfristige Notfalltermine."
        ),
        "description": (
            "Kostenlose Beratung bei Schulden, Mahnungen und hohen "
            "Nebenkostennachzahlungen. Hilfe beim Haushaltsplan und bei "
            "Verhandlungen mit Gläubigern. (Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Seniorentreff Styrumer Stube",
        "kind": "senioren",
        "districts": ["Styrum"],
        "topics": ["Einsamkeit", "Begegnung", "Ältere Menschen"],
        "languages": ["Deutsch"],
        "accessibility": "Stufenlos, barrierefreie Toilette, Rollatorparkplatz",
        "opening_hours": "Mo-Fr 10-16 Uhr, Mittagstisch Mi 12-13:30 Uhr",
        "phone": "0208 000 014 12",
        "street": "Brunnenplatzweg 3",
        "postcode": "45476",
        "website": "https://example.org/styrumer-stube",
        "how_to_reach": (
            "Einfach vorbeikommen, ein Termin ist nicht nötig. Wer "
            "nicht gut zu Fuß ist, kann den ehrenamtlichen Abholdienst "
            "telefonisch bis zum Vortag bestellen."
        ),
        "description": (
            "Offener Treffpunkt für ältere Menschen mit Kaffee, "
            "Spielenachmittagen, Gedächtnistraining und günstigem "
            "Mittagstisch. Auch ein Einkaufsdienst wird vermittelt. "
            "(Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Begegnungsstätte Herbstzeit",
        "kind": "senioren",
        "districts": ["Heißen", "Holthausen", "Fulerum"],
        "topics": ["Einsamkeit", "Bewegung", "Digitales", "Ältere Menschen"],
        "languages": ["Deutsch"],
        "accessibility": (
            "Eingang mit Rampe, Hörschleife im Saal, barrierefreie Toilette"
        ),
        "opening_hours": "Mo-Do 9-17 Uhr",
        "phone": "0208 000 015 08",
        "street": "Herbstzeitweg 17",
        "postcode": "45472",
        "website": "https://example.org/herbstzeit",
        "how_to_reach": (
            "Kommen Sie zu einem Angebot Ihrer Wahl oder rufen Sie an. "
            "Die Leiterin zeigt Ihnen gern alles bei einem Kaffee. Die "
            "Handy-Sprechstunde am Dienstag braucht einen Termin."
        ),
        "description": (
            "Begegnungsstätte für Seniorinnen und Senioren mit Sitzgymnastik, "
            "Handy- und Tablet-Sprechstunde, Ausflügen und Gesprächskreis. "
            "(Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Nachbarschaftscafé Tür an Tür",
        "kind": "begegnung",
        "districts": ["Dümpten", "Winkhausen"],
        "topics": ["Nachbarschaft", "Begegnung", "Einsamkeit"],
        "languages": ["Deutsch", "Türkisch"],
        "accessibility": "Stufenlos, Toilette nicht barrierefrei",
        "opening_hours": "Di und Do 14-18 Uhr, Sa 10-13 Uhr",
        "phone": "0208 000 016 33",
        "street": "Türenweg 2",
        "postcode": "45475",
        "website": "https://example.org/tuer-an-tuer",
        "how_to_reach": (
            "Einfach vorbeikommen. Am schwarzen Brett im Café können Sie "
            "Hilfe anbieten oder suchen. Die Ehrenamtlichen vermitteln "
            "auch Kontakte zu Nachbarinnen und Nachbarn."
        ),
        "description": (
            "Ehrenamtlich geführtes Café mit Tauschregal, Reparaturtreff "
            "einmal im Monat und Hilfebörse für die Nachbarschaft. "
            "(Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Stadtteiltreff Brückenhaus",
        "kind": "begegnung",
        "districts": ["Eppinghofen", "Altstadt II"],
        "topics": ["Begegnung", "Hausaufgabenhilfe", "Familie", "Migration"],
        "languages": ["Deutsch", "Türkisch", "Arabisch", "Bulgarisch"],
        "accessibility": "Stufenloser Zugang, barrierefreie Toilette, Wickelraum",
        "opening_hours": "Mo-Fr 10-19 Uhr",
        "phone": "0208 000 017 70",
        "street": "Brückenstraße 25",
        "postcode": "45468",
        "website": "https://example.org/brueckenhaus",
        "how_to_reach": (
            "Der Treff ist offen für alle. Für die Hausaufgabenhilfe "
            "melden Eltern ihre Kinder vor Ort an. Bei Fragen hilft das "
            "Team am Empfang weiter, auch auf Türkisch und Arabisch."
        ),
        "description": (
            "Treffpunkt für Familien und Nachbarschaft mit Elterncafé, "
            "Hausaufgabenhilfe, Nähwerkstatt und Festen im Stadtteil. "
            "(Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Jugendtreff Funkenflug",
        "kind": "jugend",
        "districts": ["Styrum", "Altstadt II"],
        "topics": ["Kinder und Jugendliche", "Freizeit", "Pandemiefolgen"],
        "languages": ["Deutsch", "Türkisch", "Englisch"],
        "accessibility": "Stufenlos im Erdgeschoss",
        "opening_hours": "Di-Fr 15-20 Uhr, Sa 14-18 Uhr",
        "phone": "0208 000 018 05",
        "street": "Funkenweg 11",
        "postcode": "45476",
        "website": "https://example.org/funkenflug",
        "how_to_reach": (
            "Jugendliche von 12 bis 21 Jahren können einfach vorbeikommen. "
            "Eltern und Großeltern, die sich Sorgen machen, können einen "
            "Gesprächstermin mit dem Team vereinbaren."
        ),
        "description": (
            "Offener Jugendtreff mit Musikraum, Gaming-Abenden, Kochen und "
            "Beratung zu Schule, Ausbildung und Sorgen. (Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Jugendberatung Kompass",
        "kind": "jugend",
        "districts": ["Saarn", "Selbeck", "Mintard", "Speldorf"],
        "topics": ["Kinder und Jugendliche", "Schulangst", "Sucht", "Krisen"],
        "languages": ["Deutsch", "Englisch"],
        "accessibility": "2. Obergeschoss mit Aufzug",
        "opening_hours": "Mo-Fr 12-18 Uhr, Chatberatung Mo und Do 17-20 Uhr",
        "phone": "0208 000 019 44",
        "street": "Kompassweg 6",
        "postcode": "45481",
        "website": "https://example.org/jugendberatung-kompass",
        "how_to_reach": (
            "Jugendliche melden sich per Telefon, Chat oder kommen direkt "
            "vorbei. Die Beratung ist kostenlos und vertraulich. Eltern "
            "erfahren nichts ohne Zustimmung der Jugendlichen."
        ),
        "description": (
            "Beratung für junge Menschen von 12 bis 27 Jahren bei Stress, "
            "Ängsten, Streit zu Hause, Rückzug und Suchtfragen. "
            "(Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Migrationsberatung Brückenschlag",
        "kind": "migration",
        "districts": ["Eppinghofen", "Altstadt I", "Styrum", "Dümpten"],
        "topics": ["Migration", "Aufenthalt", "Behörden", "Sprache"],
        "languages": [
            "Deutsch",
            "Türkisch",
            "Arabisch",
            "Russisch",
            "Ukrainisch",
            "Farsi",
        ],
        "accessibility": "Stufenlos, barrierefreie Toilette",
        "opening_hours": "Mo-Do 9-15 Uhr, offene Sprechstunde Di 9-12 Uhr",
        "phone": "0208 000 020 18",
        "street": "Brückenschlagstraße 4",
        "postcode": "45468",
        "website": "https://example.org/brueckenschlag",
        "how_to_reach": (
            "Kommen Sie dienstags ohne Termin in die offene Sprechstunde "
            "oder rufen Sie an. Bringen Sie Ihre Papiere und Briefe mit. "
            "Wenn nötig, wird eine Sprachmittlung organisiert."
        ),
        "description": (
            "Beratung für zugewanderte Menschen zu Aufenthalt, Arbeit, "
            "Sprachkursen, Anträgen und Briefen von Behörden. "
            "(Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Interkultureller Frauentreff Weltenküche",
        "kind": "migration",
        "districts": ["Speldorf", "Broich"],
        "topics": ["Migration", "Frauen", "Begegnung", "Einsamkeit"],
        "languages": ["Deutsch", "Arabisch", "Kurdisch", "Tigrinya"],
        "accessibility": "Erdgeschoss, eine Stufe am Eingang, Kinderbetreuung",
        "opening_hours": "Mi 9:30-12:30 Uhr, Fr 15-18 Uhr",
        "phone": "0208 000 021 67",
        "street": "Weltenweg 14",
        "postcode": "45478",
        "website": "https://example.org/weltenkueche",
        "how_to_reach": (
            "Frauen können ohne Termin kommen und Kinder mitbringen. "
            "Die Begleiterinnen helfen beim ersten Besuch, Kontakte zu "
            "knüpfen, und vermitteln bei Bedarf an Beratungsstellen."
        ),
        "description": (
            "Treffpunkt für Frauen aus aller Welt: gemeinsam kochen, "
            "Deutsch üben, Fragen klären und Freundschaften schließen. "
            "(Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Selbsthilfe-Kontaktstelle Miteinander",
        "kind": "selbsthilfe",
        "districts": list(DISTRICTS),
        "topics": ["Selbsthilfe", "Chronische Krankheit", "Sucht", "Depression"],
        "languages": ["Deutsch"],
        "accessibility": "Stufenlos, Aufzug, Hörschleife im Gruppenraum",
        "opening_hours": "Mo-Do 10-16 Uhr",
        "phone": "0208 000 022 90",
        "street": "Miteinanderplatz 1",
        "postcode": "45468",
        "website": "https://example.org/selbsthilfe-miteinander",
        "how_to_reach": (
            "Rufen Sie an oder schreiben Sie an "
            "selbsthilfe@example.org. Sie erfahren, welche Gruppe zu Ihnen "
            "passt, und bekommen Hilfe, wenn Sie selbst eine Gruppe gründen "
            "möchten."
        ),
        "description": (
            "Vermittelt in über 80 Selbsthilfegruppen in ganz Mülheim und "
            "unterstützt neue Gruppen mit Räumen und Beratung. "
            "(Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Trauercafé Lichtblick",
        "kind": "selbsthilfe",
        "districts": ["Broich", "Speldorf", "Saarn"],
        "topics": ["Trauer", "Pandemiefolgen", "Begegnung"],
        "languages": ["Deutsch"],
        "accessibility": "Stufenlos, barrierefreie Toilette",
        "opening_hours": "Jeden 1. und 3. Sonntag im Monat, 15-17 Uhr",
        "phone": "0208 000 023 31",
        "street": "Lichtblickweg 7",
        "postcode": "45479",
        "website": "https://example.org/trauercafe-lichtblick",
        "how_to_reach": (
            "Sie können ohne Termin kommen. Ausgebildete "
            "Trauerbegleiterinnen sind da und hören zu. Es gibt auch eine "
            "Gruppe für Angehörige von Menschen, die während der Pandemie "
            "gestorben sind."
        ),
        "description": (
            "Ein ruhiger Ort für trauernde Menschen: bei Kaffee und Kuchen "
            "ins Gespräch kommen, Erinnerungen teilen und Halt finden. "
            "(Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Gesprächskreis Pflegende Angehörige",
        "kind": "selbsthilfe",
        "districts": ["Menden-Holthausen", "Raadt", "Holthausen"],
        "topics": ["Pflege", "Angehörige", "Selbstfürsorge", "Demenz"],
        "languages": ["Deutsch"],
        "accessibility": "Stufenlos; Betreuung für Angehörige mit Demenz möglich",
        "opening_hours": "Jeden 2. Dienstag im Monat, 18-19:30 Uhr",
        "phone": "0208 000 024 06",
        "street": "Pflegerweg 10",
        "postcode": "45470",
        "website": "https://example.org/gespraechskreis-pflege",
        "how_to_reach": (
            "Bitte melden Sie sich vor dem ersten Besuch telefonisch an. "
            "Wenn Sie während des Treffens eine Betreuung für Ihren "
            "Angehörigen brauchen, sagen Sie es bei diesem Anruf."
        ),
        "description": (
            "Austausch für Menschen, die Angehörige pflegen: Erfahrungen "
            "teilen, Tipps zu Entlastung und Pflegeleistungen, gegenseitige "
            "Ermutigung. (Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Gesundheitslotsen Mülheim-Nord",
        "kind": "gesundheit",
        "districts": ["Styrum", "Dümpten", "Winkhausen", "Eppinghofen"],
        "topics": ["Gesundheit", "Arztsuche", "Behörden", "Migration"],
        "languages": ["Deutsch", "Türkisch", "Arabisch", "Rumänisch"],
        "accessibility": "Stufenlos; Hausbesuche nach Absprache",
        "opening_hours": "Mo, Mi, Fr 9-13 Uhr",
        "phone": "0208 000 025 52",
        "street": "Lotsenstraße 5",
        "postcode": "45476",
        "website": "https://example.org/gesundheitslotsen",
        "how_to_reach": (
            "Rufen Sie an oder kommen Sie zur Sprechzeit. Eine Lotsin "
            "hilft Ihnen, eine Ärztin oder einen Arzt zu finden, Termine "
            "zu machen und Formulare zu verstehen."
        ),
        "description": (
            "Ehrenamtliche Gesundheitslotsinnen und -lotsen begleiten "
            "Menschen durch das Gesundheitssystem, auch in mehreren "
            "Sprachen. (Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Sozialpsychiatrische Kontaktstelle Am Weidenhang",
        "kind": "gesundheit",
        "districts": ["Fulerum", "Heißen", "Holthausen", "Raadt"],
        "topics": ["Psychische Erkrankung", "Tagesstruktur", "Begegnung"],
        "languages": ["Deutsch", "Englisch"],
        "accessibility": "Stufenloser Zugang, ruhiger Rückzugsraum",
        "opening_hours": "Mo-Fr 9-15 Uhr, Sonntagscafé 14-17 Uhr",
        "phone": "0208 000 026 19",
        "street": "Weidenhang 22",
        "postcode": "45479",
        "website": "https://example.org/kontaktstelle-weidenhang",
        "how_to_reach": (
            "Menschen mit seelischen Erkrankungen und ihre Angehörigen "
            "können ohne Termin kommen. Die Fachkräfte vereinbaren bei "
            "Bedarf ein persönliches Gespräch."
        ),
        "description": (
            "Offener Treff mit Beratung, Mittagessen, Kreativgruppen und "
            "Unterstützung im Alltag für Menschen mit psychischen "
            "Erkrankungen. (Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "Bewegungstreff Gemeinsam Gehen",
        "kind": "gesundheit",
        "districts": ["Menden-Holthausen", "Raadt", "Selbeck", "Mintard"],
        "topics": ["Bewegung", "Einsamkeit", "Ältere Menschen"],
        "languages": ["Deutsch"],
        "accessibility": (
            "Ebene Wege, Tempo nach Absprache; Rollator und Rollstuhl sind willkommen"
        ),
        "opening_hours": "Di und Fr 10 Uhr, Treffpunkt am Parkplatz Ruhrwiesen",
        "phone": "0208 000 027 83",
        "street": "Ruhrwiesenweg 1",
        "postcode": "45470",
        "website": "https://example.org/gemeinsam-gehen",
        "how_to_reach": (
            "Kommen Sie einfach zum Treffpunkt, vorher Bescheid zu sagen "
            "ist nicht nötig. Bei Regen fällt der Spaziergang nicht aus, dann gibt "
            "es danach einen warmen Tee."
        ),
        "description": (
            "Angeleitete Spaziergänge von etwa einer Stunde in "
            "gemütlichem Tempo, mit Zeit für Gespräche. (Demo-Eintrag)"
        ),
        "crisis": False,
    },
    {
        "name": "TelefonSeelsorge",
        "kind": "krise",
        "districts": list(DISTRICTS),
        "topics": ["Krisen", "Einsamkeit", "Suizidgedanken", "Trauer"],
        "languages": ["Deutsch"],
        "accessibility": "Telefonisch, per Chat und per E-Mail erreichbar",
        "opening_hours": "Rund um die Uhr, auch an Sonn- und Feiertagen",
        "phone": "0800 111 0 111",
        "street": "",
        "postcode": "",
        "website": "https://example.org/telefonseelsorge",
        "how_to_reach": (
            "Rufen Sie kostenlos an: 0800 111 0 111 oder 0800 111 0 222. "
            "Sie müssen Ihren Namen nicht nennen. Am Telefon hört Ihnen "
            "jemand zu und überlegt mit Ihnen, was jetzt helfen kann."
        ),
        "description": (
            "Anonyme und kostenlose Hilfe am Telefon für alle, die in "
            "Sorgen oder in einer Krise sind. Bei Lebensgefahr wählen Sie "
            "bitte sofort den Notruf 112. (Demo-Eintrag)"
        ),
        "crisis": True,
    },
    {
        "name": "Nummer gegen Kummer - Kinder- und Jugendtelefon",
        "kind": "krise",
        "districts": list(DISTRICTS),
        "topics": ["Kinder und Jugendliche", "Krisen", "Familie"],
        "languages": ["Deutsch"],
        "accessibility": "Telefonisch und per Online-Beratung erreichbar",
        "opening_hours": "Mo-Sa 14-20 Uhr",
        "phone": "116 111",
        "street": "",
        "postcode": "",
        "website": "https://example.org/nummer-gegen-kummer",
        "how_to_reach": (
            "Kinder und Jugendliche rufen kostenlos die 116 111 an. "
            "Die Beratung ist anonym. Niemand erfährt von dem Anruf."
        ),
        "description": (
            "Kostenloses und anonymes Gesprächsangebot für Kinder und "
            "Jugendliche bei Sorgen, Streit, Angst oder Gewalt. "
            "(Demo-Eintrag)"
        ),
        "crisis": True,
    },
    {
        "name": "Hilfetelefon Gewalt gegen Frauen",
        "kind": "krise",
        "districts": list(DISTRICTS),
        "topics": ["Gewalt", "Frauen", "Krisen"],
        "languages": ["Deutsch", "Englisch", "Türkisch", "Arabisch", "Russisch"],
        "accessibility": (
            "Telefonisch, per Chat und in Gebärdensprache erreichbar; "
            "Dolmetscherinnen für viele Sprachen"
        ),
        "opening_hours": "Rund um die Uhr, an jedem Tag im Jahr",
        "phone": "116 016",
        "street": "",
        "postcode": "",
        "website": "https://example.org/hilfetelefon",
        "how_to_reach": (
            "Rufen Sie kostenlos die 116 016 an. Auch Angehörige, Freunde "
            "und Ansprechpersonen können sich beraten lassen. In akuter "
            "Gefahr wählen Sie den Notruf 112."
        ),
        "description": (
            "Vertrauliche Beratung für Frauen, die Gewalt erleben oder "
            "erlebt haben, und für Menschen aus ihrem Umfeld. "
            "(Demo-Eintrag)"
        ),
        "crisis": True,
    },
    {
        "name": "Notruf und ärztlicher Bereitschaftsdienst",
        "kind": "krise",
        "districts": list(DISTRICTS),
        "topics": ["Notfall", "Gesundheit", "Krisen"],
        "languages": ["Deutsch"],
        "accessibility": "Telefonisch erreichbar",
        "opening_hours": (
            "Notruf 112 rund um die Uhr; Bereitschaftsdienst 116 117 "
            "außerhalb der Praxiszeiten"
        ),
        "phone": "116 117",
        "street": "",
        "postcode": "",
        "website": "https://example.org/notfall",
        "how_to_reach": (
            "Bei Lebensgefahr sofort die 112 anrufen. Wenn es kein Notfall "
            "ist, die Hausarztpraxis aber geschlossen hat, hilft der "
            "ärztliche Bereitschaftsdienst unter 116 117."
        ),
        "description": (
            "Wichtige Nummern für medizinische Notfälle. Auch bei akuter "
            "Selbstgefährdung gilt: Notruf 112. (Demo-Eintrag)"
        ),
        "crisis": True,
    },
]

AMBASSADORS: list[dict] = [
    {
        "email": "helga@example.org",
        "display_name": "Helga B.",
        "district": "Styrum",
        "topics": ["Einsamkeit", "Ältere Menschen", "Trauer"],
        "languages": ["Deutsch"],
        "about": (
            "Ich wohne seit über 40 Jahren in Styrum und kenne hier fast "
            "jede Ecke. Nach dem Tod meines Mannes habe ich gemerkt, wie "
            "gut ein offenes Ohr tut - das möchte ich heute weitergeben."
        ),
    },
    {
        "email": "yusuf@example.org",
        "display_name": "Yusuf K.",
        "district": "Eppinghofen",
        "topics": ["Migration", "Kinder und Jugendliche", "Behörden"],
        "languages": ["Deutsch", "Türkisch", "Arabisch"],
        "about": (
            "Ich arbeite in der Jugendarbeit und helfe in meiner Freizeit "
            "Familien, die sich mit Briefen und Ämtern schwertun. Sprechen "
            "Sie mich gern an - auf Deutsch, Türkisch oder Arabisch."
        ),
    },
    {
        "email": "nachbar@example.org",
        "display_name": "Jana M.",
        "district": "Dümpten",
        "topics": ["Nachbarschaft", "Familie", "Digitales"],
        "languages": ["Deutsch", "Englisch"],
        "about": (
            "Ich bin vor zwei Jahren nach Dümpten gezogen und engagiere mich "
            "im Nachbarschaftscafé. Ich helfe gern bei Fragen rund um "
            "Handy und Tablet und bringe Menschen aus der Straße zusammen."
        ),
    },
]

TRAINING_REQUESTS: list[dict] = [
    {
        "title": "Demenz im Gespräch: Wie rede ich mit Menschen mit Demenz?",
        "description": (
            "In unserem Seniorentreff kommen immer mehr Menschen mit "
            "beginnender Demenz. Wir wünschen uns eine Schulung, wie wir "
            "mit ihnen und ihren Angehörigen gut ins Gespräch kommen."
        ),
        "format": "praesenz",
        "district": "Styrum",
        "dimension": "handhabbarkeit",
        "author": "helga@example.org",
        "supporters": [
            "ansprechperson@example.org",
            "absolventin@example.org",
            "nachbar@example.org",
            "lernende@example.org",
        ],
        "status": "planned",
        "answer": (
            "Vielen Dank für den Wunsch und die vielen Stimmen! Wir planen "
            "die Schulung für das nächste Quartal im Stadtteilzentrum "
            "Styrum. Den genauen Termin finden Sie bald im Kalender."
        ),
    },
    {
        "title": "Briefe von Ämtern verstehen und erklären",
        "description": (
            "Viele Menschen bringen uns Briefe vom Jobcenter oder der "
            "Krankenkasse und verstehen sie nicht. Eine kurze Schulung, wie "
            "wir helfen können - und wo wir weitervermitteln müssen - wäre "
            "sehr hilfreich."
        ),
        "format": "either",
        "district": "Eppinghofen",
        "dimension": "verstehbarkeit",
        "author": "yusuf@example.org",
        "supporters": ["nachbar@example.org", "helga@example.org"],
        "status": "open",
        "answer": None,
    },
    {
        "title": "Erste Hilfe am Handy: Videotelefonie mit Enkeln",
        "description": (
            "Einige ältere Menschen in Dümpten würden gern per Video mit "
            "ihren Enkeln sprechen, wissen aber nicht wie. Können wir als "
            "Ansprechpersonen lernen, das einfach zu erklären?"
        ),
        "format": "praesenz",
        "district": "Dümpten",
        "dimension": "handhabbarkeit",
        "author": "nachbar@example.org",
        "supporters": ["helga@example.org"],
        "status": "open",
        "answer": None,
    },
    {
        "title": "Umgang mit Hoarding: Wenn die Wohnung zugestellt ist",
        "description": (
            "Ich war bei einem Besuch in einer Wohnung, die völlig "
            "zugestellt war. Ich wusste nicht, wie ich reagieren soll. Eine "
            "Schulung zum Thema Vermüllung und Sammeln wäre gut."
        ),
        "format": "online",
        "district": "Heißen",
        "dimension": "verstehbarkeit",
        "author": "absolventin@example.org",
        "supporters": [
            "ansprechperson@example.org",
            "lernende@example.org",
            "helga@example.org",
        ],
        "status": "open",
        "answer": None,
    },
    {
        "title": "Selbstfürsorge für pflegende Angehörige im Ehrenamt",
        "description": (
            "Viele von uns pflegen selbst Angehörige und sind zusätzlich "
            "Ansprechperson. Eine Schulung nur für diese Doppelrolle wäre "
            "schön, am liebsten abends online."
        ),
        "format": "online",
        "district": "Menden-Holthausen",
        "dimension": "sinnhaftigkeit",
        "author": "lernende@example.org",
        "supporters": [
            "absolventin@example.org",
            "helga@example.org",
            "ansprechperson@example.org",
            "nachbar@example.org",
            "yusuf@example.org",
        ],
        "status": "planned",
        "answer": (
            "Ein wichtiges Thema! Wir bieten im Frühjahr eine dreiteilige "
            "Online-Reihe am Abend an. Bis dahin empfehlen wir den "
            "Gesprächskreis für pflegende Angehörige im Verzeichnis."
        ),
    },
    {
        "title": "Psychotherapeutische Ausbildung für Ansprechpersonen",
        "description": (
            "Ich fände es gut, wenn wir als Ansprechpersonen eine "
            "Ausbildung bekämen, mit der wir selbst Therapiegespräche "
            "führen können. Die Wartezeiten auf Therapieplätze sind so lang."
        ),
        "format": "either",
        "district": "Saarn",
        "dimension": "handhabbarkeit",
        "author": "ansprechperson@example.org",
        "supporters": ["lernende@example.org"],
        "status": "declined",
        "answer": (
            "Danke, dass Sie das Problem der langen Wartezeiten ansprechen. "
            "Therapie gehört aber in die Hände von Fachleuten, und "
            "Ansprechpersonen sollen nicht überfordert werden. Wir bieten "
            "stattdessen im Herbst eine Schulung an, wie Sie Menschen gut "
            "bis zum Therapieplatz begleiten und welche Überbrückungshilfen "
            "es gibt."
        ),
    },
]

SITUATION_REPORTS: list[dict] = [
    {
        "number": 41,
        "days_ago": 75,
        "title": "Lagebericht 41: Einsamkeit in den Wintermonaten",
        "summary": (
            "Im Winter melden die Stadtteile deutlich mehr einsame ältere "
            "Menschen. Besuchsdienste und Telefonketten bewähren sich."
        ),
        "body": (
            "<p>In den vergangenen Wochen haben uns aus fast allen "
            "Stadtteilen ähnliche Rückmeldungen erreicht: Mit den kurzen "
            "Tagen und dem kalten Wetter ziehen sich viele ältere Menschen "
            "stärker zurück. Die Ansprechpersonen berichten von mehr "
            "Gesprächen über Einsamkeit, Traurigkeit und das Gefühl, "
            "niemandem zur Last fallen zu wollen.</p>"
            "<p><strong>Beobachtungen aus den Stadtteilen</strong></p>"
            "<ul>"
            "<li>In <strong>Styrum</strong> und <strong>Dümpten</strong> ist "
            "die Nachfrage nach dem Mittagstisch gestiegen. Viele Gäste "
            "kommen vor allem wegen der Gesellschaft.</li>"
            "<li>In <strong>Saarn</strong> und <strong>Selbeck</strong> "
            "fehlen Fahrmöglichkeiten. Wer kein Auto hat, kommt kaum zu den "
            "Treffpunkten.</li>"
            "<li>In <strong>Eppinghofen</strong> melden sich mehr ältere "
            "Menschen mit Migrationsgeschichte, deren Kinder weggezogen "
            "sind.</li>"
            "<li>Die Telefonkette in Styrum erreicht inzwischen zwölf "
            "Menschen täglich und wird sehr geschätzt.</li>"
            "</ul>"
            "<p>Einsamkeit ist kein Randthema. Sie kann krank machen und "
            "hängt oft mit anderen Sorgen zusammen, etwa mit Geldnot, "
            "Krankheit oder dem Verlust eines Partners. Viele Betroffene "
            "sprechen nicht von sich aus darüber. Umso wichtiger ist es, "
            "dass Ansprechpersonen aufmerksam sind und behutsam "
            "nachfragen.</p>"
            "<p><strong>Empfehlungen für Ansprechpersonen</strong></p>"
            "<ul>"
            "<li>Fragen Sie bei Menschen nach, die Sie länger nicht "
            "gesehen haben. Ein kurzer Anruf genügt oft.</li>"
            "<li>Laden Sie konkret ein: zu einem Kaffee, einem Spaziergang, "
            "dem Mittagstisch. Bieten Sie an, gemeinsam hinzugehen.</li>"
            "<li>Nutzen Sie das Verzeichnis, um Treffpunkte in der Nähe zu "
            "finden.</li>"
            "<li>Achten Sie auf Warnzeichen wie Verwahrlosung, Gewichts"
            "verlust oder Sätze wie: Es ist doch eh alles egal. Holen Sie "
            "dann Unterstützung, zum Beispiel bei der TelefonSeelsorge "
            "oder der Koordinationsstelle.</li>"
            "</ul>"
            "<p>Es gibt auch ermutigende Nachrichten: In <strong>Heißen"
            "</strong> hat die Begegnungsstätte eine Handy-Sprechstunde "
            "eingerichtet, über die schon mehrere Seniorinnen wieder "
            "regelmäßig mit ihren Familien sprechen. In <strong>Raadt"
            "</strong> hat sich aus einem Spaziergang eine feste Gruppe "
            "gebildet, die sich zweimal pro Woche trifft. Solche kleinen "
            "Schritte machen einen großen Unterschied.</p>"
            "<p>Die Koordinationsstelle prüft derzeit, wie ein Fahrdienst "
            "für den Mülheimer Süden organisiert werden kann. Wer dabei "
            "helfen möchte, meldet sich bitte bei uns. Vielen Dank für Ihr "
            "Engagement in dieser dunklen Jahreszeit!</p>"
        ),
        "topics": ["Einsamkeit", "Ältere Menschen", "Begegnung"],
        "dimension": "verstehbarkeit",
    },
    {
        "number": 42,
        "days_ago": 45,
        "title": "Lagebericht 42: Familien unter Druck",
        "summary": (
            "Hohe Kosten und Erschöpfung belasten viele Familien. Die "
            "Schuldnerberatung ist stark gefragt, Wartezeiten steigen."
        ),
        "body": (
            "<p>Die Rückmeldungen der letzten Wochen zeigen: Viele Familien "
            "in Mülheim sind erschöpft. Hohe Nachzahlungen für Strom und "
            "Heizung, gestiegene Preise im Supermarkt und die Nachwirkungen "
            "der Pandemie kommen zusammen. Eltern berichten von Schlaf"
            "losigkeit, Streit zu Hause und der Sorge, den Kindern nicht "
            "mehr gerecht zu werden.</p>"
            "<p><strong>Beobachtungen aus den Stadtteilen</strong></p>"
            "<ul>"
            "<li>In <strong>Altstadt II</strong> und <strong>Winkhausen"
            "</strong> suchen deutlich mehr Familien die Schuldnerberatung "
            "auf. Die Wartezeit für einen Termin liegt derzeit bei etwa "
            "drei Wochen.</li>"
            "<li>Im Stadtteiltreff in <strong>Eppinghofen</strong> wird die "
            "Hausaufgabenhilfe stärker genutzt, weil Eltern selbst keine "
            "Kraft oder Zeit mehr haben.</li>"
            "<li>Ansprechpersonen in <strong>Speldorf</strong> und "
            "<strong>Broich</strong> berichten von Alleinerziehenden, die "
            "sich schämen, um Hilfe zu bitten.</li>"
            "</ul>"
            "<p>Geldsorgen sind eine große seelische Belastung. Sie können "
            "zu Rückzug, Gereiztheit und Hoffnungslosigkeit führen. Gerade "
            "deshalb ist es wichtig, dass Familien früh erfahren, dass es "
            "Hilfe gibt - und dass diese Hilfe kostenlos ist.</p>"
            "<p><strong>Empfehlungen für Ansprechpersonen</strong></p>"
            "<ul>"
            "<li>Sprechen Sie Geldsorgen ohne Wertung an. Ein Satz wie: "
            "Viele haben gerade Probleme mit den Kosten, wie ist es bei "
            "Ihnen? kann die Tür öffnen.</li>"
            "<li>Ermutigen Sie, Briefe von Gläubigern nicht ungeöffnet "
            "liegen zu lassen, und vermitteln Sie früh an die "
            "Schuldnerberatung. Bei drohender Strom- oder Wohnungssperre "
            "gibt es Notfalltermine.</li>"
            "<li>Weisen Sie Eltern auf die Familienberatung hin. Dort "
            "bekommen sie Unterstützung, bevor Konflikte eskalieren.</li>"
            "<li>Wenn Sie Hinweise auf Gewalt in der Familie bemerken, "
            "wenden Sie sich an die Koordinationsstelle. Für betroffene "
            "Frauen ist das Hilfetelefon unter 116 016 jederzeit "
            "erreichbar.</li>"
            "</ul>"
            "<p>Denken Sie auch an sich selbst: Gespräche über Geldnot und "
            "Streit können belasten, besonders wenn Sie selbst sparen "
            "müssen. Tauschen Sie sich mit anderen Ansprechpersonen aus "
            "und nutzen Sie die Angebote zur Selbstfürsorge. Sie müssen "
            "die Probleme der Familien nicht lösen. Es reicht, zuzuhören "
            "und den Weg zur passenden Hilfe zu zeigen.</p>"
            "<p>Für den kommenden Monat planen wir eine Schulung zum Umgang "
            "mit Krisen in Familien. Bitte geben Sie diese Information auch "
            "an andere Engagierte in Ihrem Stadtteil weiter.</p>"
        ),
        "topics": ["Familie", "Geldsorgen", "Schulden", "Krisen"],
        "dimension": "handhabbarkeit",
    },
    {
        "number": 43,
        "days_ago": 10,
        "title": "Lagebericht 43: Junge Menschen finden ihren Platz",
        "summary": (
            "Jugendliche holen nach, was ihnen in der Pandemie gefehlt hat. "
            "Wo sie mitgestalten dürfen, wächst Zuversicht."
        ),
        "body": (
            "<p>Dieser Lagebericht richtet den Blick auf junge Menschen. "
            "Viele Jugendliche haben in der Pandemie wichtige Jahre unter "
            "besonderen Bedingungen erlebt: wenig Kontakte, Unterricht am "
            "Bildschirm, Sorgen in der Familie. Die Folgen spüren manche "
            "bis heute. Gleichzeitig erleben wir in den Stadtteilen viel "
            "Energie und Lust, etwas zu bewegen.</p>"
            "<p><strong>Beobachtungen aus den Stadtteilen</strong></p>"
            "<ul>"
            "<li>Im Jugendtreff in <strong>Styrum</strong> ist die Zahl der "
            "Besucherinnen und Besucher wieder gestiegen. Besonders beliebt "
            "sind Angebote, bei denen Jugendliche selbst planen, etwa ein "
            "Kochabend oder ein Konzert.</li>"
            "<li>In <strong>Saarn</strong> und <strong>Mintard</strong> "
            "berichtet die Jugendberatung von mehr Anfragen wegen Schul"
            "angst und Rückzug.</li>"
            "<li>In <strong>Heißen</strong> haben Jugendliche gemeinsam mit "
            "Seniorinnen einen Handy-Kurs angeboten. Beide Seiten waren "
            "begeistert.</li>"
            "<li>In <strong>Dümpten</strong> helfen junge Freiwillige beim "
            "Nachbarschaftscafé und bringen neue Ideen ein.</li>"
            "</ul>"
            "<p>Diese Erfahrungen zeigen, was das Kohärenzgefühl stärkt: "
            "Junge Menschen, die erleben, dass ihr Einsatz gebraucht wird, "
            "gewinnen Zuversicht. Sinnhaftigkeit entsteht dort, wo sie "
            "mitreden und mitgestalten dürfen.</p>"
            "<p><strong>Empfehlungen für Ansprechpersonen</strong></p>"
            "<ul>"
            "<li>Fragen Sie Jugendliche nach ihrer Meinung und beziehen Sie "
            "sie in Aktionen im Stadtteil ein.</li>"
            "<li>Bringen Sie Jung und Alt zusammen, zum Beispiel bei "
            "Technik-Sprechstunden oder Festen.</li>"
            "<li>Nehmen Sie Rückzug ernst. Wenn ein junger Mensch über "
            "Wochen niemanden mehr trifft, ermutigen Sie die Familie, "
            "Beratung zu nutzen. Jugendliche können sich auch selbst "
            "anonym an die Nummer gegen Kummer unter 116 111 wenden.</li>"
            "</ul>"
            "<p>Auch Eltern und Großeltern brauchen Unterstützung. Viele "
            "fragen sich, ob das Verhalten ihrer Kinder und Enkel noch "
            "normal ist. Hier können Ansprechpersonen entlasten: durch "
            "Zuhören, durch Informationen über Jugendangebote und durch "
            "den Hinweis, dass Beratung kein Zeichen von Versagen ist. "
            "Die Familien- und Jugendberatungsstellen im Verzeichnis "
            "helfen kostenlos und vertraulich. Eine Online-Schulung zum "
            "Thema Kinder und Jugendliche nach der Pandemie steht bereits "
            "im Kalender.</p>"
            "<p>Wir danken allen Ansprechpersonen, die junge Menschen "
            "begleiten und ermutigen. Ihre Erfahrungen fließen in die "
            "Planung neuer Angebote ein.</p>"
        ),
        "topics": ["Kinder und Jugendliche", "Pandemiefolgen", "Engagement"],
        "dimension": "sinnhaftigkeit",
    },
]
