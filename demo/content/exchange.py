"""Demo-Inhalte für Themengruppen und Kursforen (alle Personen fiktiv)."""

from __future__ import annotations

TOPIC_GROUPS: list[dict] = [
    {
        "slug": "einsamkeit-im-alter",
        "title": "Einsamkeit im Alter",
        "description": (
            "Austausch für alle, die ältere Menschen besuchen, anrufen oder "
            "begleiten. Hier teilen wir Ideen gegen Einsamkeit, Erfahrungen "
            "und Mut machende Geschichten."
        ),
        "open": True,
        "pre_moderation": False,
        "founder": "ansprechperson@example.org",
        "threads": [
            {
                "title": "Willkommen in der Gruppe - bitte zuerst lesen",
                "author": "ansprechperson@example.org",
                "body": (
                    "Herzlich willkommen in unserer Gruppe!\n\n"
                    "Hier ist Platz für alle Fragen rund um Einsamkeit im "
                    "Alter. Damit sich alle wohlfühlen, bitten wir um "
                    "Folgendes:\n\n"
                    "- **Keine Namen und Adressen** von Menschen, die Sie "
                    "begleiten.\n"
                    "- Freundlich bleiben, auch wenn man anderer Meinung ist.\n"
                    "- Bei akuten Krisen bitte nicht hier schreiben, sondern "
                    "die TelefonSeelsorge anrufen: 0800 111 0 111.\n\n"
                    "Ich freue mich auf den Austausch!"
                ),
                "pinned": True,
                "replies": [
                    {
                        "author": "helga@example.org",
                        "body": (
                            "Danke für die klaren Regeln. Ich bin seit zwei "
                            "Jahren Ansprechperson in Styrum und freue mich "
                            "auf neue Ideen."
                        ),
                    },
                    {
                        "author": "absolventin@example.org",
                        "body": (
                            "Hallo zusammen! Ich habe gerade den Kurs "
                            "abgeschlossen und bin gespannt, was ich hier "
                            "lernen kann."
                        ),
                    },
                ],
            },
            {
                "title": (
                    "Wie spreche ich meine Nachbarin an, ohne aufdringlich zu sein?"
                ),
                "author": "lernende@example.org",
                "body": (
                    "In meinem Haus wohnt eine ältere Dame, die seit dem Tod "
                    "ihres Mannes kaum noch rausgeht. Ich sehe sie manchmal "
                    "am Briefkasten, dann grüßt sie kurz und ist schnell "
                    "wieder weg.\n\n"
                    "Ich würde gern mehr Kontakt anbieten, aber ich möchte "
                    "sie auch nicht bedrängen. **Wie fangen Sie so etwas an?**"
                ),
                "pinned": False,
                "replies": [
                    {
                        "author": "helga@example.org",
                        "body": (
                            "Bei mir hat etwas Kleines geholfen: Ich habe "
                            "Kuchen gebacken und ein Stück vorbeigebracht. "
                            "Ganz ohne Erwartung. Beim dritten Mal hat sie "
                            "mich auf einen Kaffee hereingebeten.\n\n"
                            "Geduld ist das Wichtigste."
                        ),
                    },
                    {
                        "author": "ansprechperson@example.org",
                        "body": (
                            "Ein paar Sätze, die sich bei mir bewährt haben:\n\n"
                            "- Ich gehe gleich einkaufen, brauchen Sie auch "
                            "etwas?\n"
                            "- Im Stadtteilzentrum gibt es donnerstags "
                            "Kaffee, ich gehe hin. Kommen Sie mal mit?\n"
                            "- Wie geht es Ihnen heute?\n\n"
                            "Wichtig: Ein Nein ist in Ordnung. Das Angebot "
                            "bleibt trotzdem im Kopf."
                        ),
                    },
                    {
                        "author": "trainerin@example.org",
                        "body": (
                            "Sehr gute Tipps! Im Kurs **Krisen verstehen** "
                            "gibt es dazu ein Kapitel über behutsame "
                            "Gesprächseinstiege. Eine Übersicht mit "
                            "Formulierungen finden Sie auch hier: "
                            "[Gesprächseinstiege (PDF)]"
                            "(https://example.org/material/gespraechseinstiege)"
                        ),
                    },
                    {
                        "author": "lernende@example.org",
                        "body": (
                            "Vielen Dank euch allen! Ich probiere es diese "
                            "Woche mit dem Einkaufen. Ich berichte."
                        ),
                    },
                ],
            },
            {
                "title": "Telefonkette für Alleinstehende - Erfahrungen?",
                "author": "absolventin@example.org",
                "body": (
                    "In unserer Gemeinde überlegen wir, eine Telefonkette zu "
                    "starten: Jeden Morgen ruft eine Person die nächste an. "
                    "So merkt man schnell, wenn etwas nicht stimmt.\n\n"
                    "Hat jemand so etwas schon gemacht? Worauf sollten wir "
                    "achten?"
                ),
                "pinned": False,
                "replies": [
                    {
                        "author": "koordination@example.org",
                        "body": (
                            "Eine schöne Idee! Aus anderen Stadtteilen wissen "
                            "wir:\n\n"
                            "1. Eine feste Uhrzeit vereinbaren.\n"
                            "2. Klar absprechen, was passiert, wenn jemand "
                            "nicht abnimmt - zum Beispiel eine "
                            "Kontaktperson mit Schlüssel.\n"
                            "3. Die Liste nur an Beteiligte weitergeben und "
                            "alle vorher fragen.\n\n"
                            "Eine Vorlage gibt es hier: "
                            "[Vorlage Telefonkette]"
                            "(https://example.org/vorlagen/telefonkette)"
                        ),
                    },
                    {
                        "author": "helga@example.org",
                        "body": (
                            "Wir haben in Styrum eine Kette mit sieben "
                            "Leuten. Das Schönste: Aus den Anrufen sind "
                            "richtige Freundschaften geworden. Manchmal "
                            "dauert ein Anruf eine halbe Stunde."
                        ),
                    },
                    {
                        "author": "yusuf@example.org",
                        "body": (
                            "Denkt auch an Menschen, die wenig Deutsch "
                            "sprechen. Ich könnte bei türkisch- und "
                            "arabischsprachigen Senioren helfen, falls ihr "
                            "jemanden habt."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "nachbarschaftshilfe-styrum",
        "title": "Nachbarschaftshilfe Styrum",
        "description": (
            "Für alle in Styrum, die Hilfe anbieten oder suchen: Einkaufen, "
            "Begleitung zum Arzt, ein offenes Ohr. Wir vernetzen uns, damit "
            "niemand allein bleibt."
        ),
        "open": True,
        "pre_moderation": False,
        "founder": "helga@example.org",
        "threads": [
            {
                "title": "Sammelliste: Wer hilft wobei?",
                "author": "helga@example.org",
                "body": (
                    "Damit wir schneller die richtige Person finden, sammle "
                    "ich hier, wer wobei helfen kann. Bitte schreibt einfach "
                    "eine Antwort mit:\n\n"
                    "- **Was** ihr anbietet\n"
                    "- **Wann** ihr meistens Zeit habt\n\n"
                    "Bitte keine Telefonnummern hier posten. Kontakt läuft "
                    "über die Nachrichtenfunktion."
                ),
                "pinned": True,
                "replies": [
                    {
                        "author": "yusuf@example.org",
                        "body": (
                            "Ich kann bei Behördenbriefen helfen und "
                            "übersetzen (Türkisch, Arabisch). Meistens "
                            "abends und am Wochenende."
                        ),
                    },
                    {
                        "author": "nachbar@example.org",
                        "body": (
                            "Ich habe ein Auto und fahre gern zu Arztterminen "
                            "oder zum Großeinkauf. Dienstags und freitags "
                            "vormittags klappt es am besten."
                        ),
                    },
                    {
                        "author": "koordination@example.org",
                        "body": (
                            "Toll, wie schnell die Liste wächst! Kleiner "
                            "Hinweis: Für Fahrten zu Arztterminen gibt es "
                            "über das Netzwerk eine Ehrenamtsversicherung. "
                            "Infos: [Versicherungsschutz im Ehrenamt]"
                            "(https://example.org/ehrenamt/versicherung)"
                        ),
                    },
                ],
            },
            {
                "title": "Einkaufshilfe für eine ältere Dame aus meinem Haus",
                "author": "nachbar@example.org",
                "body": (
                    "Eine ältere Nachbarin geht seit ein paar Wochen kaum noch "
                    "aus dem Haus. Sie hat mich gefragt, ob ich ab und zu "
                    "für sie einkaufen kann. Das mache ich gern, aber ich "
                    "bin beruflich oft unterwegs.\n\n"
                    "Gibt es in Styrum jemanden, der sich das mit mir teilen "
                    "würde? Zwei Einkäufe pro Woche wären ideal."
                ),
                "pinned": False,
                "replies": [
                    {
                        "author": "lernende@example.org",
                        "body": (
                            "Das ist bestimmt Frau W. aus Nummer 14, oder? "
                            "Die ist seit ihrem Sturz total durcheinander und "
                            "nimmt ihre Tabletten nicht mehr richtig. Ihre "
                            "Tochter kümmert sich null, die wohnt in "
                            "Düsseldorf und meldet sich nie. Da muss echt "
                            "mal jemand das Jugendamt oder so anrufen!!!"
                        ),
                    },
                    {
                        "author": "koordination@example.org",
                        "body": (
                            "Danke, dass ihr helfen wollt! Eine freundliche "
                            "Bitte an alle: Schreibt hier **keine Namen, "
                            "Adressen oder Gesundheitsdaten** von Menschen, "
                            "die nicht zugestimmt haben. Das schützt die "
                            "Betroffenen.\n\n"
                            "Zur Frage: Der Einkaufsdienst des "
                            "Stadtteilzentrums Styrum hat noch Plätze frei. "
                            "Mehr dazu im [Verzeichnis]"
                            "(https://example.org/netzwerk/verzeichnis)."
                        ),
                    },
                    {
                        "author": "helga@example.org",
                        "body": (
                            "Ich kann donnerstags übernehmen. Schreib mir "
                            "eine Nachricht, dann sprechen wir alles ab."
                        ),
                    },
                    {
                        "author": "nachbar@example.org",
                        "body": (
                            "Super, danke Helga! Und danke für den Hinweis "
                            "mit dem Datenschutz, das ist wichtig."
                        ),
                    },
                ],
            },
            {
                "title": "Mittagstisch im Stadtteilzentrum - wer kommt mit?",
                "author": "yusuf@example.org",
                "body": (
                    "Jeden Mittwoch gibt es im Stadtteilzentrum einen "
                    "günstigen Mittagstisch. Ich gehe nächste Woche hin und "
                    "nehme zwei ältere Herren aus meiner Straße mit.\n\n"
                    "Wer Lust hat: Einfach dazukommen! Zusammen essen macht "
                    "mehr Spaß als allein."
                ),
                "pinned": False,
                "replies": [
                    {
                        "author": "helga@example.org",
                        "body": (
                            "Da bin ich dabei! Ich frage im Seniorentreff, "
                            "ob noch jemand mitkommen möchte."
                        ),
                    },
                    {
                        "author": "ansprechperson@example.org",
                        "body": (
                            "Schöne Aktion! @Helga B. hast du noch die "
                            "Liste mit den Fahrdiensten? Vielleicht können "
                            "wir auch Menschen abholen, die nicht gut zu Fuß "
                            "sind."
                        ),
                    },
                    {
                        "author": "yusuf@example.org",
                        "body": (
                            "Gute Idee. Ich frage im Stadtteilzentrum, ob "
                            "wir einen Tisch reservieren können."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "junge-menschen-nach-der-pandemie",
        "title": "Junge Menschen nach der Pandemie",
        "description": (
            "Viele Kinder und Jugendliche spüren die Folgen der Pandemie "
            "noch heute. Hier tauschen sich Eltern, Großeltern und "
            "Engagierte aus: Was hilft, wo gibt es Angebote?"
        ),
        "open": True,
        "pre_moderation": False,
        "founder": "yusuf@example.org",
        "threads": [
            {
                "title": "Mein Enkel zieht sich nur noch in sein Zimmer zurück",
                "author": "helga@example.org",
                "body": (
                    "Mein Enkel ist 15. Seit der Pandemie sitzt er fast nur "
                    "noch vor dem Computer. Früher war er im Fußballverein, "
                    "jetzt will er gar nicht mehr raus.\n\n"
                    "Meine Tochter macht sich Sorgen, und ich auch. Ist das "
                    "eine Phase oder sollten wir Hilfe holen?"
                ),
                "pinned": False,
                "replies": [
                    {
                        "author": "yusuf@example.org",
                        "body": (
                            "Das höre ich in der Jugendarbeit sehr oft. "
                            "Viele Jugendliche haben in der Zeit den "
                            "Anschluss an Freunde verloren. Wichtig ist, "
                            "im Gespräch zu bleiben, ohne Vorwürfe.\n\n"
                            "Vielleicht gibt es etwas, das er am Computer "
                            "gern macht? Manchmal ist das ein guter "
                            "Anknüpfungspunkt."
                        ),
                    },
                    {
                        "author": "trainerin@example.org",
                        "body": (
                            "Ein Zeichen, genauer hinzuschauen: wenn er "
                            "kaum noch schläft, nicht mehr isst oder gar "
                            "nicht mehr zur Schule geht. Dann ist eine "
                            "Beratung sinnvoll.\n\n"
                            "Die **Jugendberatung Kompass** hilft kostenlos "
                            "und vertraulich, auch Eltern und Großeltern: "
                            "[Jugendberatung Kompass]"
                            "(https://example.org/jugendberatung-kompass)"
                        ),
                    },
                    {
                        "author": "nachbar@example.org",
                        "body": (
                            "Bei meinem Sohn hat ein Jugendtreff mit "
                            "Gaming-Abenden geholfen. Da war er unter "
                            "Gleichaltrigen, aber in seiner Welt."
                        ),
                    },
                ],
            },
            {
                "title": "Angebote für Jugendliche in Styrum und Eppinghofen",
                "author": "yusuf@example.org",
                "body": (
                    "Ich sammle Angebote für Jugendliche, die wir empfehlen "
                    "können. Bisher habe ich:\n\n"
                    "- Jugendtreff **Funkenflug** (Styrum): offener Treff, "
                    "Di-Fr ab 15 Uhr\n"
                    "- Hausaufgabenhilfe im **Brückenhaus** (Eppinghofen)\n\n"
                    "Kennt ihr noch mehr? Gerne auch Sportvereine mit "
                    "Schnupperangeboten."
                ),
                "pinned": False,
                "replies": [
                    {
                        "author": "nachbar@example.org",
                        "body": (
                            "Der Boxverein an der Ruhr bietet freitags ein "
                            "kostenloses Training für 12- bis 17-Jährige an. "
                            "Sehr gute Trainer, auch für Mädchen."
                        ),
                    },
                    {
                        "author": "koordination@example.org",
                        "body": (
                            "Danke für die Liste! Wir nehmen die Angebote "
                            "gern ins Netzwerk-Verzeichnis auf. Schickt "
                            "Ergänzungen einfach hier als Antwort."
                        ),
                    },
                ],
            },
            {
                "title": "Prüfungsangst - wie kann ich als Nachbarin helfen?",
                "author": "nachbar@example.org",
                "body": (
                    "Die Tochter meiner Nachbarn macht bald ihren "
                    "Schulabschluss und hat große Angst. Sie hat mir erzählt, "
                    "dass sie nachts nicht schlafen kann.\n\n"
                    "Ich bin keine Fachfrau. Was kann ich tun, ohne mich "
                    "einzumischen?"
                ),
                "pinned": False,
                "replies": [
                    {
                        "author": "trainerin@example.org",
                        "body": (
                            "Dass sie Ihnen davon erzählt, zeigt Vertrauen. "
                            "Das ist schon viel wert! Sie können:\n\n"
                            "- zuhören und die Angst ernst nehmen\n"
                            "- fragen, was ihr früher schon geholfen hat\n"
                            "- auf die **Nummer gegen Kummer (116 111)** "
                            "hinweisen, dort kann sie anonym sprechen"
                        ),
                    },
                    {
                        "author": "absolventin@example.org",
                        "body": (
                            "Ich habe als Jugendliche auch so gelitten. "
                            "Geholfen hat mir jemand, der gesagt hat: Eine "
                            "Prüfung entscheidet nicht über dein Leben. Das "
                            "klingt einfach, war aber für mich wichtig."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "trauer-begleiten",
        "title": "Trauer begleiten",
        "description": (
            "Ein geschützter Raum für Ansprechpersonen, die trauernde "
            "Menschen begleiten - oder selbst trauern. Nur für Mitglieder. "
            "Beiträge werden vor der Veröffentlichung gelesen."
        ),
        "open": False,
        "pre_moderation": True,
        "founder": "trainerin@example.org",
        "threads": [
            {
                "title": "Willkommen und unsere Gesprächsregeln",
                "author": "trainerin@example.org",
                "body": (
                    "Schön, dass Sie hier sind.\n\n"
                    "In dieser Gruppe geht es um Trauer - um die der "
                    "Menschen, die Sie begleiten, und manchmal auch um Ihre "
                    "eigene. Deshalb gilt:\n\n"
                    "- Alles, was hier steht, bleibt in der Gruppe.\n"
                    "- Es gibt kein richtiges oder falsches Trauern.\n"
                    "- Beiträge werden vor der Veröffentlichung gelesen. Das "
                    "kann etwas dauern.\n\n"
                    "Wenn Sie merken, dass es Ihnen zu viel wird, melden Sie "
                    "sich gern bei mir oder bei der TelefonSeelsorge "
                    "(0800 111 0 222)."
                ),
                "pinned": True,
                "replies": [
                    {
                        "author": "absolventin@example.org",
                        "body": "Danke für diesen geschützten Raum.",
                    },
                    {
                        "author": "helga@example.org",
                        "body": (
                            "Ich habe meinen Mann vor drei Jahren verloren. "
                            "Ich glaube, das hilft mir, andere zu verstehen. "
                            "Schön, dass es diese Gruppe gibt."
                        ),
                    },
                ],
            },
            {
                "title": "Abschied nehmen, der nicht möglich war",
                "author": "absolventin@example.org",
                "body": (
                    "Ich begleite einen Herrn, dessen Frau während der "
                    "Pandemie im Krankenhaus gestorben ist. Er durfte sie "
                    "nicht besuchen. Er sagt oft: Ich habe sie allein "
                    "gelassen.\n\n"
                    "Ich weiß nicht, was ich darauf antworten soll. Hat "
                    "jemand eine Idee?"
                ),
                "pinned": False,
                "replies": [
                    {
                        "author": "trainerin@example.org",
                        "body": (
                            "Das ist eine sehr schwere Last, die viele "
                            "tragen. Sie müssen die Schuldgefühle nicht "
                            "wegreden. Oft hilft es, sie einfach da sein zu "
                            "lassen: *Das tut Ihnen sehr weh.*\n\n"
                            "Manchen hilft ein **nachgeholtes Ritual**: ein "
                            "Brief an die Verstorbene, ein Besuch am Grab mit "
                            "Musik, die sie mochte."
                        ),
                    },
                    {
                        "author": "ansprechperson@example.org",
                        "body": (
                            "Im Trauercafé in Broich gibt es eine Gruppe nur "
                            "für Angehörige von Corona-Verstorbenen. Das "
                            "Zusammensein mit Menschen, die dasselbe erlebt "
                            "haben, kann sehr entlasten."
                        ),
                    },
                    {
                        "author": "absolventin@example.org",
                        "body": (
                            "Danke, die Idee mit dem Brief gefällt mir. Ich "
                            "frage ihn beim nächsten Besuch vorsichtig."
                        ),
                    },
                ],
            },
            {
                "title": "Was sage ich am Jahrestag?",
                "author": "ansprechperson@example.org",
                "body": (
                    "Nächste Woche jährt sich der Todestag des Sohnes einer "
                    "Frau, die ich begleite. Soll ich den Tag ansprechen "
                    "oder lieber nicht? Ich habe Angst, alte Wunden "
                    "aufzureißen."
                ),
                "pinned": False,
                "replies": [
                    {
                        "author": "trainerin@example.org",
                        "body": (
                            "Die meisten Trauernden sind froh, wenn jemand "
                            "an den Tag denkt. Die Wunde ist ohnehin da. Ein "
                            "einfacher Satz genügt: *Ich denke heute an Sie "
                            "und an Ihren Sohn.*"
                        ),
                    },
                    {
                        "author": "helga@example.org",
                        "body": (
                            "Am ersten Todestag meines Mannes hat mir eine "
                            "Nachbarin eine Kerze vor die Tür gestellt. Das "
                            "werde ich nie vergessen."
                        ),
                    },
                ],
            },
        ],
    },
]

COURSE_FORUM_THREADS: dict[str, list[dict]] = {
    "krisen-verstehen": [
        {
            "title": "Frage zu Modul 2: Ist jede Krise ein Notfall?",
            "author": "lernende@example.org",
            "body": (
                "Im Modul 2 steht, dass Krisen zum Leben gehören. Aber woran "
                "erkenne ich, dass aus einer Krise ein Notfall wird, bei dem "
                "ich sofort Hilfe holen muss?"
            ),
            "pinned": False,
            "replies": [
                {
                    "author": "trainerin@example.org",
                    "body": (
                        "Gute Frage! Ein Notfall ist es zum Beispiel, "
                        "wenn:\n\n"
                        "- jemand davon spricht, sich das Leben zu nehmen\n"
                        "- jemand sich selbst oder andere in Gefahr bringt\n"
                        "- jemand völlig verwirrt ist oder nicht mehr "
                        "ansprechbar\n\n"
                        "Dann gilt: **Notruf 112**. Im Zweifel lieber einmal "
                        "zu oft anrufen."
                    ),
                },
                {
                    "author": "absolventin@example.org",
                    "body": (
                        "Mir hat die Übersicht am Ende von Modul 3 geholfen. "
                        "Die habe ich ausgedruckt und in meine Tasche gesteckt."
                    ),
                },
            ],
        },
        {
            "title": "Wie erklären Sie das Kohärenzgefühl in einfachen Worten?",
            "author": "ansprechperson@example.org",
            "body": (
                "Ich möchte beim nächsten Stadtteiltreffen kurz erklären, "
                "worauf unser Netzwerk aufbaut. Die drei Begriffe "
                "Verstehbarkeit, Handhabbarkeit und Sinnhaftigkeit sind "
                "aber ganz schön sperrig. Wie erklären Sie das?"
            ),
            "pinned": False,
            "replies": [
                {
                    "author": "trainerin@example.org",
                    "body": (
                        "Ich sage es gern so:\n\n"
                        "1. **Verstehbarkeit:** Ich verstehe, was gerade "
                        "passiert.\n"
                        "2. **Handhabbarkeit:** Ich weiß, was ich tun kann, "
                        "oder wer mir hilft.\n"
                        "3. **Sinnhaftigkeit:** Es lohnt sich, sich dafür "
                        "einzusetzen.\n\n"
                        "Wer diese drei Dinge spürt, kommt meist besser durch "
                        "Krisen."
                    ),
                },
                {
                    "author": "lernende@example.org",
                    "body": (
                        "Das ist super verständlich, danke! Darf ich das "
                        "für meine Notizen übernehmen?"
                    ),
                },
                {
                    "author": "helga@example.org",
                    "body": (
                        "Ich erzähle dazu immer ein Beispiel aus der "
                        "Pandemie: Am Anfang hat niemand verstanden, was "
                        "los ist. Erst als wir wussten, was wir tun können, "
                        "wurde es leichter."
                    ),
                },
            ],
        },
    ],
    "unterstuetzen-im-alltag": [
        {
            "title": "Meine Kraftquellen-Liste - teilen Sie Ihre?",
            "author": "trainerin@example.org",
            "body": (
                "In Lektion 1 haben Sie eine Liste mit Ihren Kraftquellen "
                "geschrieben. Wer mag, teilt hier zwei oder drei Punkte. "
                "Oft entdeckt man bei anderen neue Ideen!"
            ),
            "pinned": True,
            "replies": [
                {
                    "author": "helga@example.org",
                    "body": (
                        "- Morgens eine Runde im Park\n"
                        "- Telefonieren mit meiner Schwester\n"
                        "- Im Garten Unkraut zupfen (ehrlich, das beruhigt!)"
                    ),
                },
                {
                    "author": "yusuf@example.org",
                    "body": (
                        "Kochen für Freunde und Fußball am Sonntag. Und "
                        "manchmal einfach das Handy ausschalten."
                    ),
                },
                {
                    "author": "lernende@example.org",
                    "body": (
                        "Bei mir: Musik hören und Kreuzworträtsel. Ich "
                        "habe gemerkt, dass ich das viel zu selten mache."
                    ),
                },
            ],
        },
        {
            "title": "Die Atemübung klappt bei mir nicht",
            "author": "lernende@example.org",
            "body": (
                "Bei der Atemübung in Lektion 3 werde ich eher unruhig als "
                "ruhig. Mache ich etwas falsch?"
            ),
            "pinned": False,
            "replies": [
                {
                    "author": "trainerin@example.org",
                    "body": (
                        "Sie machen nichts falsch! Nicht jede Übung passt "
                        "zu jedem Menschen. Versuchen Sie es einmal mit "
                        "der **Fünf-Sinne-Übung** aus Lektion 4: Fünf Dinge "
                        "sehen, vier hören, drei fühlen. Eine Anleitung zum "
                        "Anhören gibt es hier: "
                        "[Audio-Übungen](https://example.org/audio/uebungen)"
                    ),
                },
                {
                    "author": "absolventin@example.org",
                    "body": (
                        "Mir ging es genauso. Beim Spazierengehen bewusst "
                        "zu atmen, klappt bei mir viel besser als im Sitzen."
                    ),
                },
            ],
        },
    ],
    "gemeinsam-stark-im-stadtteil": [
        {
            "title": "Warum engagieren Sie sich? Eine Vorstellungsrunde",
            "author": "koordination@example.org",
            "body": (
                "Herzlich willkommen im Kurs! Zum Start eine Frage an Sie: "
                "**Was hat Sie bewegt, Ansprechperson zu werden?** "
                "Ein paar Sätze genügen."
            ),
            "pinned": True,
            "replies": [
                {
                    "author": "helga@example.org",
                    "body": (
                        "In der Pandemie war ich selbst sehr einsam. Jetzt "
                        "möchte ich, dass es anderen nicht so geht."
                    ),
                },
                {
                    "author": "yusuf@example.org",
                    "body": (
                        "Meine Eltern haben damals kaum verstanden, welche "
                        "Regeln gelten. Ich helfe gern, damit niemand "
                        "wegen der Sprache ausgeschlossen ist."
                    ),
                },
                {
                    "author": "nachbar@example.org",
                    "body": (
                        "Ich bin neu in Mülheim und wollte Leute in meinem "
                        "Viertel kennenlernen. Helfen und dabei Anschluss "
                        "finden - das passt gut zusammen."
                    ),
                },
                {
                    "author": "absolventin@example.org",
                    "body": (
                        "Ich bin Krankenschwester in Rente. Zuhören konnte "
                        "ich schon immer, jetzt habe ich endlich Zeit dafür."
                    ),
                },
            ],
        },
        {
            "title": "Ehrenamt und Beruf - wie passt das zusammen?",
            "author": "nachbar@example.org",
            "body": (
                "Ich arbeite Vollzeit und habe manchmal ein schlechtes "
                "Gewissen, weil ich nicht so viel Zeit habe wie andere. "
                "Wie machen das die Berufstätigen unter Ihnen?"
            ),
            "pinned": False,
            "replies": [
                {
                    "author": "ansprechperson@example.org",
                    "body": (
                        "Kein schlechtes Gewissen! Auch eine Stunde pro "
                        "Woche ist wertvoll. Ich habe mir einen festen "
                        "Abend freigehalten, an dem ich erreichbar bin. "
                        "Sonst nicht."
                    ),
                },
                {
                    "author": "koordination@example.org",
                    "body": (
                        "Genau darum geht es in Lektion 3: Engagement soll "
                        "zu Ihrem Leben passen, nicht umgekehrt. Sprechen "
                        "Sie uns gern an, wenn Sie eine Aufgabe mit wenig "
                        "Zeitaufwand suchen."
                    ),
                },
            ],
        },
    ],
}

REPORTED_POST: dict = {
    "group": "nachbarschaftshilfe-styrum",
    "thread_title": "Einkaufshilfe für eine ältere Dame aus meinem Haus",
    "reply_index": 0,
    "reporter": "nachbar@example.org",
    "reason": (
        "In der Antwort werden Name, Hausnummer und Gesundheitsdaten einer "
        "Nachbarin genannt, die dem nicht zugestimmt hat. Außerdem wird "
        "abfällig über ihre Tochter geschrieben."
    ),
}
