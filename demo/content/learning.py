"""German demo courses for seed_demo.

Three courses, one per sense-of-coherence dimension (Verstehbarkeit,
Handhabbarkeit, Sinnhaftigkeit). Pure data; the importer reads COURSES.
"""

COURSES: list[dict] = [
    {
        "slug": "krisen-verstehen",
        "title": "Krisen verstehen: Was Menschen belastet und was sie stärkt",
        "dimension": "verstehbarkeit",
        "summary": (
            "Sie lernen, was eine Krise ist und wie Menschen darauf reagieren. Sie "
            "erfahren, was Menschen gesund hält und warum Verstehen schon entlastet."
        ),
        "intro": (
            "<p>Die Corona-Zeit hat vielen Menschen in Mülheim an der Ruhr viel "
            "abverlangt. Manche Folgen spüren wir bis heute: Einsamkeit, Sorgen, "
            "Erschöpfung. In diesem Kurs geht es um das <strong>Verstehen</strong>.</p>"
            "<p>Sie lernen, was in einer Krise mit Menschen passiert. Sie erfahren, "
            "welche Reaktionen normal sind und wer besonders belastet ist. Zum Schluss "
            "lernen Sie das Modell der Salutogenese kennen. Es ist die Grundlage "
            "unseres Netzwerks.</p>"
            "<p>Sie brauchen kein Vorwissen. Nehmen Sie sich Zeit. Sie können "
            "jederzeit eine Pause machen und später weitermachen.</p>"
        ),
        "learning_goals": [
            "Sie können in eigenen Worten erklären, was eine Krise ist.",
            (
                "Sie kennen typische Stressreaktionen und wissen, dass sie meist "
                "normal sind."
            ),
            (
                "Sie wissen, welche Menschen nach der Corona-Krise besonders belastet "
                "waren."
            ),
            "Sie können das Kohärenzgefühl mit seinen drei Teilen einfach erklären.",
        ],
        "audience": (
            "Für alle Ansprechpersonen des Netzwerks, ob ehrenamtlich oder beruflich "
            "tätig, auch ohne Vorwissen."
        ),
        "easy_language_summary": (
            "<p>In diesem Kurs geht es um Krisen.</p>"
            "<p>Eine Krise ist eine sehr schwere Zeit. "
            "Zum Beispiel die Corona-Zeit.</p>"
            "<p>Sie lernen:</p>"
            "<ul><li>Was in einer Krise mit Menschen passiert.</li>"
            "<li>Welche Gefühle in einer Krise normal sind.</li>"
            "<li>Welche Menschen es in einer Krise besonders schwer haben.</li>"
            "<li>Was Menschen stark macht.</li></ul>"
            "<p>Der Kurs hat 4 Teile. Sie brauchen etwa 1 und eine halbe Stunde.</p>"
            "<p>Sie können jederzeit eine Pause machen.</p>"
        ),
        "duration_minutes": 85,
        "image": {
            "alt": (
                "Drei Kreise in Türkis, Sand und Koralle, die sich in der Mitte "
                "überschneiden"
            ),
            "motif": (
                "three overlapping circles in teal, sand and coral on a light "
                "background"
            ),
        },
        "lessons": [
            {
                "slug": "was-ist-eine-krise",
                "title": "Was ist eine Krise?",
                "dimension": "verstehbarkeit",
                "minutes": 20,
                "required": True,
                "body": [
                    ("heading", "Wenn das Gewohnte nicht mehr trägt"),
                    (
                        "text",
                        (
                            "<p>Das Wort „Krise“ kommt aus dem Griechischen. Es "
                            "bedeutet ursprünglich „Entscheidung“ oder „Wendepunkt“. "
                            "Eine Krise ist eine Zeit, in der das Gewohnte nicht mehr "
                            "trägt. Die Mittel, mit denen ein Mensch sonst seine "
                            "Probleme löst, reichen für eine Weile nicht aus.</p>"
                            "<p>Ob ein Ereignis zur Krise wird, ist von Mensch zu "
                            "Mensch verschieden. Was die eine Person gut bewältigt, "
                            "kann eine andere Person aus der Bahn werfen. Das hängt "
                            "davon ab, wie viel Kraft und Unterstützung ein Mensch "
                            "gerade hat.</p>"
                            "<p>Man kann grob zwei Arten von Krisen unterscheiden:</p>"
                            "<ul>"
                            "<li><strong>Persönliche Krisen</strong> betreffen einen "
                            "einzelnen Menschen oder eine Familie. Beispiele sind eine "
                            "schwere Krankheit, der Tod eines nahen Menschen, eine "
                            "Trennung oder der Verlust der Arbeit.</li>"
                            "<li><strong>Gemeinsame Krisen</strong> betreffen viele "
                            "Menschen gleichzeitig. Beispiele sind eine Pandemie wie "
                            "Corona, ein Hochwasser, ein Krieg oder eine "
                            "Wirtschaftskrise.</li></ul>"
                            "<p>Oft hängen beide Arten zusammen. Die Corona-Krise war "
                            "eine gemeinsame Krise. Für viele Menschen wurde sie aber "
                            "auch zu einer persönlichen Krise. Sie verloren "
                            "Angehörige, ihre Arbeit oder den Kontakt zu Freunden.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Eine Krise hat oft einen Anfang, den man benennen "
                            "kann. Ihre Folgen dauern aber häufig viel länger. Nach "
                            "der Corona-Zeit haben viele Menschen gemerkt: Das Leben "
                            "geht weiter, doch etwas ist anders. Kontakte sind "
                            "eingeschlafen. Manche Menschen trauen sich weniger aus "
                            "dem Haus. Andere fühlen sich dauerhaft erschöpft.</p>"
                            "<p>Diese Folgen nennt man <strong>psychosoziale "
                            "Folgen</strong>. Das Wort verbindet zwei Dinge: die Seele "
                            "(die Psyche) und das Zusammenleben mit anderen (das "
                            "Soziale). Beides hängt eng zusammen. Wer sich einsam "
                            "fühlt, dem geht es oft auch seelisch schlechter. Und wer "
                            "seelisch belastet ist, zieht sich oft von anderen "
                            "zurück.</p>"
                            "<p>Wichtig ist: Eine Krise ist nicht nur eine Gefahr. Sie "
                            "kann auch ein Wendepunkt sein. Viele Menschen entdecken "
                            "in schweren Zeiten neue Kräfte. Nachbarn helfen einander. "
                            "Menschen merken, was ihnen wirklich wichtig ist. Das "
                            "heißt nicht, dass eine Krise „gut“ ist. Es heißt aber: "
                            "Menschen sind einer Krise nicht einfach ausgeliefert. Mit "
                            "Unterstützung können sie einen Weg hindurch finden.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Eine Krise ist eine Zeit, in der die gewohnten Mittel "
                            "nicht mehr reichen. Das ist keine persönliche Schwäche. "
                            "Es ist eine Lage, in der jeder Mensch Unterstützung "
                            "brauchen darf."
                        ),
                    ),
                    (
                        "image",
                        {
                            "alt": (
                                "Ein geschwungener Weg aus hellen Linien, der sich an "
                                "einer Gabelung in zwei Richtungen teilt"
                            ),
                            "caption": (
                                "Eine Krise ist auch ein Wendepunkt: Der Weg geht "
                                "weiter, nur anders."
                            ),
                            "motif": (
                                "a winding path of light lines that splits into two "
                                "directions at a fork, soft blue and sand tones"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        (
                            "Denken Sie an eine schwierige Zeit in Ihrem eigenen "
                            "Leben. Was hat Ihnen damals geholfen, einen Weg hindurch "
                            "zu finden? Notieren Sie zwei oder drei Dinge."
                        ),
                    ),
                ],
            },
            {
                "slug": "stressreaktionen",
                "title": "Normale Reaktionen auf ein unnormales Ereignis",
                "dimension": "verstehbarkeit",
                "minutes": 20,
                "required": True,
                "body": [
                    ("heading", "Was Stress mit uns macht"),
                    (
                        "text",
                        (
                            "<p>Wenn Menschen etwas Bedrohliches erleben, reagiert der "
                            "ganze Körper. Das ist ein uralter Schutz. Der Körper "
                            "schüttet Stresshormone aus. Das Herz schlägt schneller, "
                            "die Muskeln spannen sich an. Der Mensch ist bereit zu "
                            "kämpfen oder zu fliehen. Manchmal erstarrt er auch.</p>"
                            "<p>Diese Reaktion ist für kurze Zeit sinnvoll. Dauert die "
                            "Belastung aber lange an, wird sie selbst zur Last. Das "
                            "haben viele Menschen in der Corona-Zeit erlebt: Die "
                            "Bedrohung war unsichtbar und ging über viele Monate nicht "
                            "vorbei.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Typische Reaktionen auf starke oder lange Belastung "
                            "sind:</p>"
                            "<ul><li><strong>Im Körper:</strong> Schlafprobleme, Kopf- "
                            "oder Bauchschmerzen, Verspannungen, ständige "
                            "Müdigkeit.</li>"
                            "<li><strong>In den Gefühlen:</strong> Angst, Traurigkeit, "
                            "Gereiztheit, Wut, Schuldgefühle oder innere Leere.</li>"
                            "<li><strong>Im Denken:</strong> Grübeln, Vergesslichkeit, "
                            "Probleme mit der Konzentration, Gedanken, die immer um "
                            "dasselbe kreisen.</li>"
                            "<li><strong>Im Verhalten:</strong> Rückzug von anderen, "
                            "Unruhe, mehr oder weniger essen, mehr Alkohol oder "
                            "Zigaretten.</li></ul>"
                            "<p>Nicht jeder Mensch zeigt alle diese Reaktionen. Manche "
                            "wirken nach außen ganz ruhig und leiden trotzdem.</p>"
                            "<p>Fachleute sagen dazu: Das sind <strong>normale "
                            "Reaktionen auf ein unnormales Ereignis</strong>. Viele "
                            "Betroffene denken: „Mit mir stimmt etwas nicht.“ Oder: "
                            "„Ich werde verrückt.“ Es entlastet sehr, wenn jemand "
                            "ihnen sagt: Was Sie erleben, kennen viele Menschen in "
                            "solchen Lagen. Das ist eine verständliche Reaktion.</p>"
                        ),
                    ),
                    ("heading", "Wann Sie genauer hinschauen sollten"),
                    (
                        "text",
                        (
                            "<p>Bei vielen Menschen lassen die Beschwerden nach "
                            "einigen Tagen oder Wochen nach. Das gilt besonders, wenn "
                            "sie Halt bei anderen Menschen finden. Manchmal bleiben "
                            "die Beschwerden aber oder werden stärker. Dann ist "
                            "fachliche Hilfe wichtig. Achten Sie besonders auf diese "
                            "Zeichen:</p>"
                            "<ul>"
                            "<li>Die Beschwerden dauern über mehrere Wochen an oder "
                            "nehmen zu.</li>"
                            "<li>Der Mensch schafft seinen Alltag nicht mehr, zum "
                            "Beispiel Einkaufen, Arbeit oder Körperpflege.</li>"
                            "<li>Er zieht sich völlig zurück oder trinkt deutlich mehr "
                            "Alkohol.</li>"
                            "<li>Er spricht von Hoffnungslosigkeit oder davon, nicht "
                            "mehr leben zu wollen.</li></ul>"
                            "<p>Bei Gedanken an Suizid gilt immer: Nehmen Sie das "
                            "ernst und holen Sie Hilfe. Bei akuter Gefahr rufen Sie "
                            "den Notruf 112. Wie Sie in solchen Lagen vorgehen, lernen "
                            "Sie genauer im Kurs „Unterstützen im Alltag“.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Stressreaktionen sind meist normale Reaktionen auf ein "
                            "unnormales Ereignis. Wenn sie lange bleiben oder den "
                            "Alltag lähmen, braucht es fachliche Hilfe."
                        ),
                    ),
                    (
                        "exercise",
                        {
                            "title": "Reaktionen sortieren",
                            "instructions": (
                                "<p>Nehmen Sie ein Blatt Papier und teilen Sie es in "
                                "vier Felder: Körper, Gefühle, Denken, Verhalten.</p>"
                                "<p>Schreiben Sie in jedes Feld, welche "
                                "Stressreaktionen Sie bei sich selbst oder bei anderen "
                                "schon erlebt haben. Überlegen Sie dann: Was hat "
                                "geholfen, dass es wieder besser wurde?</p>"
                                "<p>Sie müssen niemandem Ihre Notizen zeigen. Die "
                                "Übung hilft Ihnen, Reaktionen bei anderen Menschen "
                                "später schneller zu erkennen.</p>"
                            ),
                            "minutes": 8,
                        },
                    ),
                ],
            },
            {
                "slug": "besonders-belastete-gruppen",
                "title": "Wer besonders belastet ist",
                "dimension": "verstehbarkeit",
                "minutes": 20,
                "required": True,
                "body": [
                    ("heading", "Die Krise hat nicht alle gleich getroffen"),
                    (
                        "text",
                        (
                            "<p>Die Corona-Krise betraf alle. Aber sie traf nicht alle "
                            "gleich. Wer vorher schon wenig Unterstützung hatte, hatte "
                            "es in der Krise oft besonders schwer. Bei vielen Menschen "
                            "wirken die Folgen bis heute nach. Für Ihre Arbeit als "
                            "Ansprechperson ist es wichtig, diese Menschen im Blick zu "
                            "haben.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p><strong>Ältere Menschen, die allein leben.</strong> "
                            "Besuche fielen weg, Treffpunkte waren geschlossen. Viele "
                            "ältere Menschen waren lange allein. Manche haben den Weg "
                            "zurück in die Gemeinschaft nicht wieder gefunden. "
                            "Einsamkeit kann krank machen. Sie ist aber oft "
                            "unsichtbar, weil die Betroffenen nicht klagen oder "
                            "niemandem zur Last fallen wollen.</p>"
                            "<p><strong>Junge Menschen.</strong> Schule, Ausbildung "
                            "und Studium fanden lange zu Hause statt. Freundschaften, "
                            "Sport und Feiern: Vieles, was in diesem Alter wichtig "
                            "ist, fiel aus. Viele junge Menschen berichten bis heute "
                            "von Ängsten, Niedergeschlagenheit oder dem Gefühl, etwas "
                            "verpasst zu haben.</p>"
                            "<p><strong>Familien.</strong> Eltern mussten Arbeit, "
                            "Kinderbetreuung und Schule zu Hause gleichzeitig "
                            "schaffen. Enge Wohnungen, Geldsorgen und fehlende Pausen "
                            "führten oft zu Streit und Erschöpfung. Besonders belastet "
                            "waren Alleinerziehende und Familien, die Angehörige "
                            "pflegen.</p>"
                            "<p><strong>Menschen mit wenig Geld.</strong> Wer wenig "
                            "Geld hat, wohnt oft beengt. Es gibt weniger Rückzugsorte "
                            "und oft keinen guten Zugang zu Computer und Internet. "
                            "Steigende Preise haben die Sorgen vieler Haushalte noch "
                            "vergrößert. Armut und seelische Belastung verstärken sich "
                            "oft gegenseitig.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Auch andere Menschen tragen oft schwerer. Dazu gehören "
                            "Menschen mit Behinderung oder chronischer Krankheit, "
                            "Menschen mit psychischen Erkrankungen, Menschen, die "
                            "wenig Deutsch sprechen, und Menschen, die Angehörige "
                            "verloren haben. Auch viele Beschäftigte in Pflege, "
                            "Medizin, Handel und anderen Berufen, die immer "
                            "weiterarbeiten mussten, waren stark gefordert.</p>"
                            "<p>Wichtig: Diese Gruppen sind keine Schubladen. Jeder "
                            "Mensch ist anders. Eine ältere Dame kann sehr gut "
                            "vernetzt sein. Ein junger Mann kann sehr einsam sein. Die "
                            "Gruppen helfen nur, aufmerksam zu sein. Fragen Sie immer "
                            "nach dem einzelnen Menschen und seiner Lage.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Krisen verstärken Ungleichheit: Wer vorher wenig Halt "
                            "hatte, trägt oft die schwerste Last. Achten Sie besonders "
                            "auf Menschen, die leise sind und sich selten melden."
                        ),
                    ),
                    (
                        "image",
                        {
                            "alt": (
                                "Mehrere unterschiedlich große Kreise in warmen "
                                "Farben, die zu einer Gruppe zusammenrücken"
                            ),
                            "caption": (
                                "Menschen sind verschieden. Es zählt der Blick auf den "
                                "einzelnen Menschen."
                            ),
                            "motif": (
                                "several circles of different sizes in warm orange, "
                                "sand and coral moving close together into a group"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        (
                            "Wen kennen Sie in Ihrer Nachbarschaft oder in Ihrem "
                            "Umfeld, der seit der Corona-Zeit seltener zu sehen ist? "
                            "Was könnte ein erster, kleiner Schritt sein, um wieder "
                            "Kontakt aufzunehmen?"
                        ),
                    ),
                ],
            },
            {
                "slug": "salutogenese-kohaerenzgefuehl",
                "title": "Was Menschen gesund hält: Salutogenese und Kohärenzgefühl",
                "dimension": "verstehbarkeit",
                "minutes": 25,
                "required": True,
                "body": [
                    ("heading", "Die Frage nach der Gesundheit"),
                    (
                        "text",
                        (
                            "<p>Die Medizin fragt meistens: Was macht Menschen krank? "
                            "Der Medizinsoziologe <strong>Aaron Antonovsky</strong> "
                            "hat eine andere Frage gestellt: <em>Was hält Menschen "
                            "gesund, obwohl sie Schweres erleben?</em> Aus dieser "
                            "Frage entstand das Modell der "
                            "<strong>Salutogenese</strong>. Das Wort bedeutet ungefähr "
                            "„Entstehung von Gesundheit“.</p>"
                            "<p>Antonovsky sah Gesundheit und Krankheit nicht als zwei "
                            "getrennte Zustände. Er stellte sie sich wie eine Linie "
                            "vor: „ganz gesund“ an einem Ende, „ganz krank“ am "
                            "anderen. Jeder Mensch steht irgendwo auf dieser Linie und "
                            "bewegt sich im Leben hin und her. Die Frage ist also: Was "
                            "hilft einem Menschen, sich in Richtung Gesundheit zu "
                            "bewegen?</p>"
                            "<p>Ein Teil der Antwort sind <strong>Ressourcen</strong>, "
                            "also Kraftquellen. Das können Menschen sein, die zu einem "
                            "halten. Es können aber auch Wissen, Geld, ein Glaube, "
                            "eine Aufgabe oder ein sicheres Zuhause sein.</p>"
                        ),
                    ),
                    ("heading", "Das Kohärenzgefühl"),
                    (
                        "text",
                        (
                            "<p>Der wichtigste Gedanke Antonovskys ist das "
                            "<strong>Kohärenzgefühl</strong>. „Kohärenz“ bedeutet "
                            "Zusammenhang. Gemeint ist ein tiefes Vertrauen: Mein "
                            "Leben hat einen Zusammenhang, es ist nicht nur Chaos. "
                            "Dieses Gefühl hat drei Teile:</p>"
                            "<ol>"
                            "<li><strong>Verstehbarkeit:</strong> „Ich kann verstehen, "
                            "was passiert.“ Die Welt ist für mich einigermaßen "
                            "geordnet und erklärbar, auch wenn sie schwierig ist.</li>"
                            "<li><strong>Handhabbarkeit:</strong> „Ich kann etwas "
                            "tun.“ Ich habe eigene Kräfte oder Menschen und Hilfen, "
                            "auf die ich zurückgreifen kann.</li>"
                            "<li><strong>Sinnhaftigkeit:</strong> „Es lohnt sich.“ Es "
                            "gibt Dinge in meinem Leben, für die es sich lohnt, sich "
                            "anzustrengen.</li></ol>"
                            "<p>Menschen mit einem starken Kohärenzgefühl kommen meist "
                            "besser durch Krisen. Das Kohärenzgefühl entsteht durch "
                            "Erfahrungen im Leben. Gute Erfahrungen mit anderen "
                            "Menschen können es unterstützen. Hier setzt unser "
                            "Netzwerk an. Unsere drei Kurse folgen genau diesen drei "
                            "Teilen.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Was heißt das für Ihre Arbeit? Sie können in jedem "
                            "Gespräch alle drei Teile stärken:</p>"
                            "<ul>"
                            "<li>Sie erklären, was los ist und welche Hilfen es gibt. "
                            "Das stärkt die <strong>Verstehbarkeit</strong>.</li>"
                            "<li>Sie suchen gemeinsam einen nächsten Schritt, der "
                            "machbar ist. Das stärkt die "
                            "<strong>Handhabbarkeit</strong>.</li>"
                            "<li>Sie fragen, was dem Menschen wichtig ist. Das stärkt "
                            "die <strong>Sinnhaftigkeit</strong>.</li></ul>"
                            "<p>Auch ganze Stadtteile und Städte können stärker "
                            "werden. Man spricht dann von <strong>Resilienz</strong>, "
                            "also Widerstandskraft. Eine Gemeinschaft trägt Krisen "
                            "besser, wenn Menschen einander kennen, Hilfen bekannt "
                            "sind und alle wissen, wohin sie sich wenden können.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Salutogenese fragt: Was hält Menschen gesund? Das "
                            "Kohärenzgefühl hat drei Teile: Ich verstehe, was "
                            "passiert. Ich kann etwas tun. Es lohnt sich."
                        ),
                    ),
                    (
                        "exercise",
                        {
                            "title": "Die drei Fragen an mich selbst",
                            "instructions": (
                                "<p>Denken Sie an eine Herausforderung in Ihrem Leben. "
                                "Beantworten Sie für sich drei Fragen:</p>"
                                "<ol>"
                                "<li>Was verstehe ich an dieser Lage schon gut? Was "
                                "ist mir noch unklar?</li>"
                                "<li>Was kann ich selbst tun? Wer könnte mir "
                                "helfen?</li>"
                                "<li>Warum ist mir diese Sache wichtig?</li></ol>"
                                "<p>Welche Frage fällt Ihnen am leichtesten? Diese "
                                "drei Fragen können Sie später auch im Gespräch mit "
                                "anderen nutzen.</p>"
                            ),
                            "minutes": 10,
                        },
                    ),
                ],
            },
        ],
        "quiz": {
            "lesson_slug": "salutogenese-kohaerenzgefuehl",
            "title": "Abschlussquiz: Krisen verstehen",
            "pass_mark": 70,
            "questions": [
                {
                    "text": (
                        "Was bedeutet der Satz „normale Reaktion auf ein unnormales "
                        "Ereignis“?"
                    ),
                    "multiple": False,
                    "answers": [
                        {
                            "text": (
                                "Stressreaktionen nach schweren Erlebnissen sind meist "
                                "verständlich. Sie sind kein Zeichen von Krankheit "
                                "oder Schwäche."
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Dieser Satz entlastet viele Betroffene. Er "
                                "hilft ihnen zu verstehen, was mit ihnen passiert."
                            ),
                        },
                        {
                            "text": (
                                "Wer nach einem schweren Erlebnis Stress zeigt, ist "
                                "psychisch krank."
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Stressreaktionen sind zunächst normal. "
                                "Erst wenn sie lange bleiben oder den Alltag lähmen, "
                                "braucht es fachliche Hilfe."
                            ),
                        },
                        {
                            "text": (
                                "Stressreaktionen sollte man nicht beachten, dann "
                                "gehen sie von allein weg."
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Die Reaktionen sind normal, aber man "
                                "sollte sie ernst nehmen. Halt bei anderen Menschen "
                                "hilft oft, dass sie nachlassen."
                            ),
                        },
                    ],
                },
                {
                    "text": (
                        "Welche Zeichen sprechen dafür, dass ein Mensch fachliche "
                        "Hilfe braucht? Mehrere Antworten sind richtig."
                    ),
                    "multiple": True,
                    "answers": [
                        {
                            "text": (
                                "Die Beschwerden dauern seit Wochen an oder werden "
                                "stärker."
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Wenn Beschwerden bleiben oder zunehmen, "
                                "sollte eine Fachperson draufschauen."
                            ),
                        },
                        {
                            "text": "Der Mensch schafft seinen Alltag nicht mehr.",
                            "correct": True,
                            "feedback": (
                                "Richtig. Wenn Einkaufen, Arbeit oder Körperpflege "
                                "nicht mehr gehen, braucht es mehr Unterstützung."
                            ),
                        },
                        {
                            "text": (
                                "Der Mensch spricht davon, nicht mehr leben zu wollen."
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Das ist immer ein ernstes Zeichen. Holen Sie "
                                "Hilfe, bei akuter Gefahr über den Notruf 112."
                            ),
                        },
                        {
                            "text": (
                                "Der Mensch hat nach einer schlimmen Nachricht zwei "
                                "Nächte schlecht geschlafen."
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht unbedingt. Schlafprobleme für kurze Zeit sind "
                                "eine häufige, normale Reaktion. Bleiben Sie aber "
                                "aufmerksam."
                            ),
                        },
                    ],
                },
                {
                    "text": (
                        "Welche drei Teile hat das Kohärenzgefühl nach Aaron "
                        "Antonovsky?"
                    ),
                    "multiple": False,
                    "answers": [
                        {
                            "text": "Verstehbarkeit, Handhabbarkeit und Sinnhaftigkeit",
                            "correct": True,
                            "feedback": (
                                "Richtig. Ich verstehe, was passiert. Ich kann etwas "
                                "tun. Es lohnt sich."
                            ),
                        },
                        {
                            "text": "Bewegung, Ernährung und Schlaf",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Das sind wichtige Gesundheitsthemen, "
                                "aber nicht die drei Teile des Kohärenzgefühls."
                            ),
                        },
                        {
                            "text": "Vorsicht, Abstand und Hygiene",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Das waren Schutzregeln in der "
                                "Pandemie. Mit dem Kohärenzgefühl haben sie nichts zu "
                                "tun."
                            ),
                        },
                    ],
                },
                {
                    "text": "Welche Frage steht im Mittelpunkt der Salutogenese?",
                    "multiple": False,
                    "answers": [
                        {
                            "text": "Was hält Menschen gesund?",
                            "correct": True,
                            "feedback": (
                                "Richtig. Die Salutogenese schaut auf Kräfte und "
                                "Ressourcen, nicht nur auf Krankheit."
                            ),
                        },
                        {
                            "text": "Welche Krankheit hat ein Mensch?",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Das ist die übliche Frage der Medizin. "
                                "Antonovsky hat bewusst andersherum gefragt."
                            ),
                        },
                        {
                            "text": "Wer ist schuld an einer Krise?",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Um Schuld geht es in der Salutogenese "
                                "nicht. Sie fragt, was Menschen stärkt."
                            ),
                        },
                    ],
                },
                {
                    "text": (
                        "Welche Gruppen waren nach der Corona-Krise häufig besonders "
                        "belastet? Mehrere Antworten sind richtig."
                    ),
                    "multiple": True,
                    "answers": [
                        {
                            "text": "Ältere Menschen, die allein leben",
                            "correct": True,
                            "feedback": (
                                "Richtig. Viele waren lange allein. Einsamkeit ist oft "
                                "unsichtbar."
                            ),
                        },
                        {
                            "text": "Junge Menschen",
                            "correct": True,
                            "feedback": (
                                "Richtig. Schule, Freundschaften und Freizeit waren "
                                "stark eingeschränkt."
                            ),
                        },
                        {
                            "text": "Familien, besonders Alleinerziehende",
                            "correct": True,
                            "feedback": (
                                "Richtig. Arbeit, Betreuung und Schule zu Hause "
                                "gleichzeitig zu schaffen, hat viele erschöpft."
                            ),
                        },
                        {
                            "text": "Menschen mit wenig Geld",
                            "correct": True,
                            "feedback": (
                                "Richtig. Enge Wohnungen und Geldsorgen haben die "
                                "Belastung oft verstärkt."
                            ),
                        },
                        {
                            "text": "Nur Menschen, die selbst an Corona erkrankt waren",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Die psychosozialen Folgen betreffen "
                                "auch viele Menschen, die nie erkrankt waren."
                            ),
                        },
                    ],
                },
            ],
        },
    },
    {
        "slug": "unterstuetzen-im-alltag",
        "title": "Unterstützen im Alltag: zuhören, beruhigen, weitervermitteln",
        "dimension": "handhabbarkeit",
        "summary": (
            "Sie lernen die Schritte der psychosozialen Ersten Hilfe und gute "
            "Gesprächsführung. Sie erfahren, wann Sie wohin weitervermitteln und wie "
            "Sie gut für sich selbst sorgen."
        ),
        "intro": (
            "<p>Als Ansprechperson begegnen Sie Menschen, denen es nicht gut geht. Oft "
            "wissen Sie im ersten Moment nicht, was Sie sagen sollen. Das ist normal. "
            "Dieser Kurs gibt Ihnen einfache Werkzeuge an die Hand.</p>"
            "<p>Sie lernen die <strong>psychosoziale Erste Hilfe</strong> kennen: "
            "zuhören, beruhigen, informieren, verbinden. Sie üben Gesprächstechniken. "
            "Sie erfahren, wo Ihre Rolle endet und wie Sie Menschen zu fachlicher "
            "Hilfe begleiten. Und Sie lernen, wie Sie dabei selbst gesund bleiben.</p>"
            "<p>Wichtig vorab: Sie müssen keine Therapeutin und kein Therapeut sein. "
            "Ihre Aufgabe ist es, da zu sein, Halt zu geben und Wege zu zeigen.</p>"
        ),
        "learning_goals": [
            (
                "Sie kennen die vier Schritte der psychosozialen Ersten Hilfe und "
                "können sie anwenden."
            ),
            "Sie können ein unterstützendes Gespräch führen und aktiv zuhören.",
            (
                "Sie erkennen, wann ein Mensch fachliche Hilfe braucht, und kennen "
                "wichtige Notrufnummern."
            ),
            "Sie können gemeinsam mit einem Menschen seine Kraftquellen entdecken.",
            "Sie achten auf Ihre eigenen Grenzen und sorgen gut für sich.",
        ],
        "audience": (
            "Für Ansprechpersonen, die Menschen im Alltag begleiten und sich im Umgang "
            "mit belasteten Menschen sicherer fühlen möchten."
        ),
        "duration_minutes": 105,
        "image": {
            "alt": (
                "Zwei Bögen in Türkis und Sand, die sich in der Mitte zu einer Brücke "
                "verbinden"
            ),
            "motif": (
                "two arcs in teal and sand that meet in the middle to form a bridge, "
                "on a light background"
            ),
        },
        "lessons": [
            {
                "slug": "psychosoziale-erste-hilfe",
                "title": "Psychosoziale Erste Hilfe: vier einfache Schritte",
                "dimension": "handhabbarkeit",
                "minutes": 20,
                "required": True,
                "body": [
                    ("heading", "Erste Hilfe für die Seele"),
                    (
                        "text",
                        (
                            "<p>Bei einem Unfall wissen viele Menschen, was zu tun "
                            "ist: die Stelle sichern, Hilfe rufen, bei der verletzten "
                            "Person bleiben. Für seelische Belastungen gibt es etwas "
                            "Ähnliches: die <strong>psychosoziale Erste "
                            "Hilfe</strong>. Sie ist keine Therapie. Sie ist "
                            "menschliche und praktische Unterstützung in einer "
                            "schweren Lage. Jede und jeder kann sie lernen.</p>"
                            "<p>Das Ziel ist einfach: Der Mensch soll sich sicherer, "
                            "ruhiger und weniger allein fühlen. Und er soll wissen, "
                            "wie es weitergehen kann. Die psychosoziale Erste Hilfe "
                            "lässt sich in vier Schritten beschreiben:</p>"
                            "<ol>"
                            "<li><strong>Zuhören:</strong> Sie nehmen sich Zeit und "
                            "schenken dem Menschen Ihre volle Aufmerksamkeit. Sie "
                            "drängen nicht. Der Mensch entscheidet selbst, was er "
                            "erzählen möchte.</li>"
                            "<li><strong>Beruhigen:</strong> Sie sorgen für einen "
                            "ruhigen Ort und sprechen langsam und freundlich. Sie "
                            "bieten etwas zu trinken oder einen Sitzplatz an.</li>"
                            "<li><strong>Informieren:</strong> Sie geben klare und "
                            "verlässliche Informationen. Sie sagen ehrlich, was Sie "
                            "wissen und was nicht. Sie erklären, dass Stressreaktionen "
                            "normal sind.</li>"
                            "<li><strong>Verbinden:</strong> Sie helfen dem Menschen, "
                            "Kontakt zu Angehörigen, Freunden oder passenden "
                            "Hilfsangeboten aufzunehmen. Niemand soll mit seiner Last "
                            "allein bleiben.</li></ol>"
                        ),
                    ),
                    ("heading", "Wenn jemand sehr aufgewühlt ist"),
                    (
                        "text",
                        (
                            "<p>Manche Menschen sind sehr aufgeregt oder wirken wie "
                            "erstarrt. Dann helfen einfache Dinge, die den Körper "
                            "beruhigen:</p>"
                            "<ul>"
                            "<li>Laden Sie zum langsamen Atmen ein. Das Ausatmen darf "
                            "dabei länger sein als das Einatmen.</li>"
                            "<li>Lenken Sie die Aufmerksamkeit auf das Hier und Jetzt: "
                            "„Was sehen Sie gerade? Spüren Sie Ihre Füße auf dem "
                            "Boden?“</li>"
                            "<li>Bieten Sie ein Glas Wasser an.</li>"
                            "<li>Sagen Sie, was Sie tun: „Ich bleibe hier bei "
                            "Ihnen.“</li></ul>"
                            "<p>Achten Sie auch auf Ihre eigene Sicherheit. Wenn eine "
                            "Lage bedrohlich ist, wenn jemand verletzt ist oder in "
                            "Lebensgefahr schwebt, rufen Sie sofort den Notruf "
                            "<strong>112</strong>.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Zuhören, beruhigen, informieren, verbinden: Mit diesen "
                            "vier Schritten geben Sie Menschen in schweren Momenten "
                            "Halt, auch ohne Fachausbildung."
                        ),
                    ),
                    (
                        "image",
                        {
                            "alt": (
                                "Vier Trittsteine in Türkis, Sand, Koralle und "
                                "Hellblau, die über einen Bach führen"
                            ),
                            "caption": (
                                "Vier Schritte geben Halt: zuhören, beruhigen, "
                                "informieren, verbinden."
                            ),
                            "motif": (
                                "four stepping stones in teal, sand, coral and light "
                                "blue crossing a stylised stream of wavy lines"
                            ),
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Die vier Schritte an einem Beispiel",
                            "instructions": (
                                "<p>Stellen Sie sich vor: Bei einem "
                                "Nachbarschaftstreffen kommt Frau K. auf Sie zu. Ihr "
                                "Mann ist vor drei Monaten gestorben. Sie weint und "
                                "sagt: „Ich weiß nicht mehr weiter.“</p>"
                                "<p>Überlegen Sie für jeden der vier Schritte: Was "
                                "könnten Sie sagen oder tun? Schreiben Sie zu jedem "
                                "Schritt einen Satz auf.</p>"
                                "<p>Es gibt keine perfekte Antwort. Wichtig ist, dass "
                                "Frau K. spürt: Da ist jemand, der sich Zeit für mich "
                                "nimmt.</p>"
                            ),
                            "minutes": 10,
                        },
                    ),
                ],
            },
            {
                "slug": "gespraeche-fuehren",
                "title": "Gespräche führen, die guttun",
                "dimension": "handhabbarkeit",
                "minutes": 20,
                "required": True,
                "body": [
                    ("heading", "Zuhören ist mehr als Schweigen"),
                    (
                        "text",
                        (
                            "<p>Ein gutes Gespräch kann sehr entlasten. Dafür brauchen "
                            "Sie keine besonderen Worte. Wichtiger ist Ihre Haltung: "
                            "Sie begegnen dem Menschen mit Respekt, auf Augenhöhe und "
                            "ohne zu urteilen. Sie sind neugierig auf seine Sicht der "
                            "Dinge.</p>"
                            "<p>Ein wichtiges Werkzeug ist das <strong>aktive "
                            "Zuhören</strong>. Das bedeutet: Sie hören nicht nur zu. "
                            "Sie zeigen auch, dass Sie zuhören und verstehen wollen. "
                            "So geht es:</p>"
                            "<ul><li><strong>Zugewandt sein:</strong> Schauen Sie Ihr "
                            "Gegenüber freundlich an. Nicken Sie. Legen Sie das Handy "
                            "weg.</li>"
                            "<li><strong>Offene Fragen stellen:</strong> Das sind "
                            "Fragen, auf die man nicht nur mit Ja oder Nein antworten "
                            "kann. Zum Beispiel: „Wie geht es Ihnen damit?“ oder „Was "
                            "beschäftigt Sie gerade am meisten?“</li>"
                            "<li><strong>Mit eigenen Worten wiederholen:</strong> "
                            "„Habe ich Sie richtig verstanden, dass Sie seit Wochen "
                            "kaum jemanden sehen?“ So merkt der Mensch, dass er gehört "
                            "wird. Und Sie prüfen, ob Sie richtig verstanden "
                            "haben.</li>"
                            "<li><strong>Gefühle benennen:</strong> „Das klingt, als "
                            "ob Sie sehr erschöpft sind.“ Viele Menschen fühlen sich "
                            "dadurch verstanden.</li>"
                            "<li><strong>Pausen aushalten:</strong> Schweigen ist "
                            "nicht schlimm. Oft sortiert der Mensch in der Pause seine "
                            "Gedanken.</li></ul>"
                        ),
                    ),
                    ("heading", "Was weniger hilft"),
                    (
                        "text",
                        (
                            "<p>Manche gut gemeinten Sätze helfen leider wenig. Zum "
                            "Beispiel: „Das wird schon wieder.“ Oder: „Anderen geht es "
                            "noch schlechter.“ Solche Sätze sollen trösten. Beim "
                            "Gegenüber kommt aber oft an: Meine Sorgen sind nicht "
                            "wichtig. Auch der Satz „Ich weiß genau, wie Sie sich "
                            "fühlen“ ist schwierig. Denn jeder Mensch erlebt eine Lage "
                            "anders.</p>"
                            "<p>Seien Sie vorsichtig mit schnellen Ratschlägen. Fragen "
                            "Sie lieber: „Was haben Sie schon versucht?“ oder „Was "
                            "könnte Ihnen jetzt helfen?“ So bleibt der Mensch selbst "
                            "handlungsfähig. Drängen Sie niemanden, über schlimme "
                            "Erlebnisse im Detail zu sprechen. Der Mensch bestimmt, "
                            "wie viel er erzählt.</p>"
                            "<p>Wenn Ihr Gegenüber wenig Deutsch spricht, helfen kurze "
                            "Sätze, einfache Wörter und Geduld. Auch Gesten, Bilder "
                            "oder eine vertraute Person, die übersetzt, können "
                            "helfen.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Sie müssen nicht die richtigen Antworten haben. Oft hilft "
                            "es am meisten, wenn ein Mensch spürt: Jemand hört mir "
                            "wirklich zu."
                        ),
                    ),
                    (
                        "reflection",
                        (
                            "Erinnern Sie sich an ein Gespräch, in dem Sie sich "
                            "wirklich verstanden gefühlt haben. Was hat Ihr Gegenüber "
                            "getan, und was hat es bewusst nicht getan?"
                        ),
                    ),
                    (
                        "exercise",
                        {
                            "title": "Aktives Zuhören im Alltag üben",
                            "instructions": (
                                "<p>Führen Sie in den nächsten Tagen ein ganz normales "
                                "Gespräch, zum Beispiel mit einer Freundin, einem "
                                "Nachbarn oder in der Familie. Nehmen Sie sich vor:</p>"
                                "<ul><li>mindestens zwei offene Fragen zu stellen,</li>"
                                "<li>einmal mit eigenen Worten zusammenzufassen, was "
                                "Sie gehört haben,</li>"
                                "<li>keinen Ratschlag zu geben, solange Sie nicht "
                                "danach gefragt werden.</li></ul>"
                                "<p>Achten Sie danach darauf: Wie hat sich das "
                                "Gespräch angefühlt? Was war anders als sonst?</p>"
                            ),
                            "minutes": 10,
                        },
                    ),
                ],
            },
            {
                "slug": "grenzen-und-weitervermitteln",
                "title": "Grenzen erkennen und weitervermitteln",
                "dimension": "handhabbarkeit",
                "minutes": 25,
                "required": True,
                "body": [
                    ("heading", "Ihre Rolle hat Grenzen, und das ist gut so"),
                    (
                        "text",
                        (
                            "<p>Als Ansprechperson sind Sie eine wichtige Brücke. Sie "
                            "ersetzen aber keine Ärztin, keinen Psychotherapeuten und "
                            "keine Beratungsstelle. Es zeigt Verantwortung, wenn Sie "
                            "sagen: „Hier braucht es mehr Unterstützung, als ich geben "
                            "kann.“ Weitervermitteln heißt nicht, jemanden "
                            "abzuschieben. Es heißt, ihm den Weg zu passender Hilfe zu "
                            "zeigen.</p>"
                            "<p>Fachliche Hilfe ist besonders dann wichtig, wenn</p>"
                            "<ul><li>seelische Beschwerden über Wochen anhalten oder "
                            "schlimmer werden,</li>"
                            "<li>ein Mensch seinen Alltag nicht mehr bewältigt,</li>"
                            "<li>jemand viel Alkohol, Medikamente oder Drogen nimmt, "
                            "um durchzuhalten,</li>"
                            "<li>es Hinweise auf Gewalt gibt, zum Beispiel in der "
                            "Familie,</li>"
                            "<li>ein Mensch Gedanken äußert, sich das Leben zu "
                            "nehmen.</li></ul>"
                        ),
                    ),
                    ("heading", "Wenn jemand an Suizid denkt"),
                    (
                        "text",
                        (
                            "<p>Sprechen Sie es ruhig und direkt an: „Denken Sie "
                            "daran, sich das Leben zu nehmen?“ Diese Frage bringt "
                            "niemanden erst auf den Gedanken. Für viele Menschen ist "
                            "sie eine Erleichterung, weil sie endlich darüber sprechen "
                            "können. Bleiben Sie bei dem Menschen und holen Sie Hilfe. "
                            "Versprechen Sie nicht, es geheim zu halten. Bei akuter "
                            "Gefahr rufen Sie sofort den Notruf "
                            "<strong>112</strong>.</p>"
                        ),
                    ),
                    ("heading", "Wichtige Nummern"),
                    (
                        "text",
                        (
                            "<ul>"
                            "<li><strong>Notruf 112:</strong> bei Lebensgefahr, auch "
                            "bei akuter Suizidgefahr. Rund um die Uhr und "
                            "kostenlos.</li>"
                            "<li><strong>Polizei 110:</strong> wenn Gewalt droht oder "
                            "geschieht.</li>"
                            "<li><strong>Ärztlicher Bereitschaftsdienst 116 "
                            "117:</strong> wenn jemand dringend ärztliche Hilfe "
                            "braucht, die Praxen geschlossen sind und keine "
                            "Lebensgefahr besteht. Unter dieser Nummer gibt es auch "
                            "Hilfe bei der Suche nach einem Termin, zum Beispiel für "
                            "eine psychotherapeutische Sprechstunde.</li>"
                            "<li><strong>TelefonSeelsorge 0800 111 0 111 oder 0800 111 "
                            "0 222:</strong> rund um die Uhr, kostenlos und anonym. "
                            "Für alle Menschen mit Sorgen und in Krisen, auch für "
                            "Ansprechpersonen selbst.</li>"
                            "<li><strong>Nummer gegen Kummer:</strong> Kinder- und "
                            "Jugendtelefon 116 111, Elterntelefon 0800 111 0 550.</li>"
                            "</ul>"
                            "<p>Vor Ort sind die Hausarztpraxis, der "
                            "Sozialpsychiatrische Dienst beim Gesundheitsamt und "
                            "Beratungsstellen wichtige Anlaufstellen. Informieren Sie "
                            "sich, welche Angebote es in Mülheim an der Ruhr und in "
                            "Ihrem Stadtteil gibt.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>So gelingt das Weitervermitteln:</p>"
                            "<ol>"
                            "<li>Sagen Sie offen, warum Sie weitere Hilfe für sinnvoll "
                            "halten.</li>"
                            "<li>Erklären Sie einfach, was den Menschen dort "
                            "erwartet.</li>"
                            "<li>Bieten Sie an, gemeinsam anzurufen oder zum ersten "
                            "Termin mitzugehen, wenn das möglich ist.</li>"
                            "<li>Respektieren Sie die Entscheidung des Menschen. Das "
                            "gilt nicht bei akuter Gefahr.</li>"
                            "<li>Fragen Sie später nach, wie es weitergegangen "
                            "ist.</li></ol>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Weitervermitteln ist keine Schwäche, sondern "
                            "verantwortungsvolles Handeln. Bei Lebensgefahr gilt "
                            "immer: sofort 112 anrufen."
                        ),
                    ),
                    (
                        "exercise",
                        {
                            "title": "Meine persönliche Hilfeliste",
                            "instructions": (
                                "<p>Legen Sie sich eine kleine Liste mit wichtigen "
                                "Nummern und Anlaufstellen an. Sie kann als Zettel ins "
                                "Portemonnaie oder in Ihr Handy.</p>"
                                "<ol><li>Schreiben Sie die Nummern aus dieser Lektion "
                                "ab.</li>"
                                "<li>Ergänzen Sie Anlaufstellen in Ihrem Stadtteil, "
                                "zum Beispiel Beratungsstellen oder Treffpunkte.</li>"
                                "<li>Notieren Sie, wen Sie im Netzwerk fragen können, "
                                "wenn Sie unsicher sind.</li></ol>"
                                "<p>Prüfen Sie ab und zu, ob Ihre Liste noch "
                                "stimmt.</p>"
                            ),
                            "minutes": 10,
                        },
                    ),
                ],
            },
            {
                "slug": "kraftquellen-staerken",
                "title": "Kraftquellen entdecken und stärken",
                "dimension": "handhabbarkeit",
                "minutes": 20,
                "required": True,
                "body": [
                    ("heading", "Jeder Mensch hat Stärken"),
                    (
                        "text",
                        (
                            "<p>In schweren Zeiten sehen Menschen oft nur noch, was "
                            "nicht mehr geht. Die eigenen Stärken geraten aus dem "
                            "Blick. Als Ansprechperson können Sie helfen, den Blick "
                            "wieder auf die <strong>Ressourcen</strong> zu lenken. "
                            "Ressourcen sind Kraftquellen. Sie helfen einem Menschen, "
                            "mit Belastungen umzugehen.</p>"
                            "<p>Man kann zwei Arten unterscheiden:</p>"
                            "<ul>"
                            "<li><strong>Innere Kraftquellen:</strong> zum Beispiel "
                            "Humor, Geduld, Glaube, Erfahrung mit früheren Krisen, "
                            "handwerkliches Geschick oder die Fähigkeit, um Hilfe zu "
                            "bitten.</li>"
                            "<li><strong>Äußere Kraftquellen:</strong> zum Beispiel "
                            "Familie, Freunde, Nachbarn, ein Verein, eine Gemeinde, "
                            "eine sichere Wohnung, ein Garten oder Hilfsangebote im "
                            "Stadtteil.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Nach Kraftquellen kann man fragen. Hilfreiche Fragen "
                            "sind:</p>"
                            "<ul><li>„Was hat Ihnen früher in schweren Zeiten "
                            "geholfen?“</li>"
                            "<li>„Wer ist für Sie da, wenn es Ihnen schlecht "
                            "geht?“</li>"
                            "<li>„Was tut Ihnen gut, auch wenn es nur etwas Kleines "
                            "ist?“</li>"
                            "<li>„Wie haben Sie es geschafft, bis heute "
                            "durchzuhalten?“</li></ul>"
                            "<p>Die letzte Frage ist besonders wertvoll. Sie zeigt: "
                            "Der Mensch hat schon etwas geleistet. Er ist den "
                            "Umständen nicht nur ausgeliefert, sondern hat eigene "
                            "Kräfte.</p>"
                        ),
                    ),
                    ("heading", "Kleine Schritte machen Mut"),
                    (
                        "text",
                        (
                            "<p>Manchmal ist ein Problem so groß, dass es lähmt. Dann "
                            "hilft es, das Problem in <strong>kleine Schritte</strong> "
                            "zu teilen. Fragen Sie: „Was wäre ein erster kleiner "
                            "Schritt, den Sie diese Woche schaffen können?“ Das kann "
                            "ein Anruf sein, ein Spaziergang oder der Besuch eines "
                            "offenen Treffs. Kleine Erfolge machen Mut. So wächst das "
                            "Gefühl: Ich kann etwas tun. Das ist die "
                            "<strong>Handhabbarkeit</strong> aus dem Modell der "
                            "Salutogenese.</p>"
                            "<p>Wichtig: Sie gehen die Schritte nicht für den "
                            "Menschen. Sie unterstützen ihn dabei, sie selbst zu "
                            "gehen. Das stärkt sein Vertrauen in die eigenen Kräfte. "
                            "Natürlich brauchen Menschen manchmal ganz praktische "
                            "Hilfe, etwa beim Ausfüllen eines Antrags. Auch dann gilt: "
                            "so viel Hilfe wie nötig, so viel Selbstständigkeit wie "
                            "möglich.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Lenken Sie den Blick auch auf das, was trägt. Kleine, "
                            "machbare Schritte stärken das Gefühl: Ich kann etwas tun."
                        ),
                    ),
                    (
                        "image",
                        {
                            "alt": (
                                "Eine kleine Pflanze aus einfachen grünen Blattformen, "
                                "die aus einem sandfarbenen Kreis wächst"
                            ),
                            "caption": "Kraftquellen wachsen, wenn man sie pflegt.",
                            "motif": (
                                "a small plant made of simple green leaf shapes "
                                "growing out of a sand-coloured circle, light "
                                "background"
                            ),
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Die Kraftquellen-Karte",
                            "instructions": (
                                "<p>Zeichnen Sie in die Mitte eines Blattes einen "
                                "Kreis und schreiben Sie „Ich“ hinein. Zeichnen Sie "
                                "rundherum Ihre Kraftquellen ein: Menschen, Orte, "
                                "Tätigkeiten und Eigenschaften. Wichtige Kraftquellen "
                                "stehen näher am Kreis.</p>"
                                "<p>Schauen Sie die Karte danach an: Welche "
                                "Kraftquelle nutzen Sie zu selten? Diese Übung können "
                                "Sie später auch gemeinsam mit Menschen machen, die "
                                "Sie begleiten.</p>"
                            ),
                            "minutes": 10,
                        },
                    ),
                ],
            },
            {
                "slug": "selbstfuersorge",
                "title": "Gut für sich selbst sorgen",
                "dimension": "handhabbarkeit",
                "minutes": 20,
                "required": True,
                "body": [
                    ("heading", "Nur wer selbst Kraft hat, kann Kraft geben"),
                    (
                        "text",
                        (
                            "<p>Menschen zu begleiten ist bereichernd. Es kann aber "
                            "auch belasten. Sie hören traurige Geschichten. Sie "
                            "erleben Hilflosigkeit und manchmal Ungerechtigkeit, die "
                            "Sie nicht ändern können. Das geht an niemandem spurlos "
                            "vorbei. Deshalb ist <strong>Selbstfürsorge</strong> kein "
                            "Luxus. Sie ist Teil Ihrer Aufgabe.</p>"
                            "<p>Achten Sie auf Warnzeichen bei sich selbst:</p>"
                            "<ul>"
                            "<li>Sie schlafen schlecht oder denken abends ständig an "
                            "die Menschen, die Sie begleiten.</li>"
                            "<li>Sie sind schneller gereizt oder erschöpft als "
                            "sonst.</li>"
                            "<li>Sie haben das Gefühl, für alles verantwortlich zu "
                            "sein.</li>"
                            "<li>Sie ziehen sich von Freunden und Hobbys zurück.</li>"
                            "<li>Die Freude an Ihrem Engagement lässt deutlich "
                            "nach.</li></ul>"
                            "<p>Solche Zeichen bedeuten nicht, dass Sie versagt haben. "
                            "Sie sind ein Hinweis: Ich brauche jetzt selbst etwas.</p>"
                        ),
                    ),
                    ("heading", "Grenzen setzen"),
                    (
                        "text",
                        (
                            "<p>Gute Grenzen schützen Sie und die Menschen, die Sie "
                            "begleiten. Einige Beispiele:</p>"
                            "<ul>"
                            "<li>Legen Sie fest, wann und wie Sie erreichbar sind. Sie "
                            "müssen nicht rund um die Uhr ans Telefon gehen.</li>"
                            "<li>Sagen Sie ehrlich, was Sie leisten können und was "
                            "nicht.</li>"
                            "<li>Sie dürfen Nein sagen, ohne sich zu "
                            "rechtfertigen.</li>"
                            "<li>Wenn Sie sich über schwierige Erlebnisse austauschen, "
                            "nennen Sie keine Namen und keine Einzelheiten, an denen "
                            "man jemanden erkennen könnte.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Sorgen Sie bewusst für Ausgleich. Was Ihnen guttut, "
                            "wissen Sie selbst am besten: Bewegung, Musik, Natur, Zeit "
                            "mit Freunden, Glaube oder ein Hobby. Planen Sie solche "
                            "Dinge fest ein, gerade in anstrengenden Zeiten.</p>"
                            "<p>Ganz wichtig ist der <strong>Austausch</strong>. Sie "
                            "sind nicht allein. Sprechen Sie mit anderen "
                            "Ansprechpersonen oder mit den Fachleuten im Netzwerk über "
                            "schwierige Erlebnisse. Nach einem belastenden Gespräch "
                            "hilft oft ein kleines Ritual, um abzuschalten, zum "
                            "Beispiel ein Spaziergang oder eine Tasse Tee in Ruhe. "
                            "Wenn Sie merken, dass Sie selbst nicht mehr weiterwissen, "
                            "holen Sie sich Unterstützung. Auch die TelefonSeelsorge "
                            "ist für Sie da: <strong>0800 111 0 111</strong> oder "
                            "<strong>0800 111 0 222</strong>.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Selbstfürsorge ist Teil Ihrer Aufgabe. Achten Sie auf "
                            "Ihre Warnzeichen, setzen Sie Grenzen und holen Sie sich "
                            "Austausch und Unterstützung."
                        ),
                    ),
                    (
                        "reflection",
                        (
                            "Woran merken Sie als Erstes, dass Ihnen etwas zu viel "
                            "wird? Und was tut Ihnen in solchen Momenten zuverlässig "
                            "gut?"
                        ),
                    ),
                    (
                        "exercise",
                        {
                            "title": "Mein Plan für schwere Tage",
                            "instructions": (
                                "<p>Schreiben Sie auf einen Zettel:</p>"
                                "<ul><li>drei Dinge, die Ihnen nach einem belastenden "
                                "Gespräch helfen,</li>"
                                "<li>eine Person, mit der Sie darüber sprechen "
                                "können,</li>"
                                "<li>einen Satz, den Sie sich selbst sagen möchten, "
                                "zum Beispiel: „Ich habe getan, was ich konnte.“</li>"
                                "</ul>"
                                "<p>Legen Sie den Zettel an einen Ort, an dem Sie ihn "
                                "leicht finden.</p>"
                            ),
                            "minutes": 5,
                        },
                    ),
                ],
            },
        ],
        "quiz": {
            "lesson_slug": "selbstfuersorge",
            "title": "Abschlussquiz: Unterstützen im Alltag",
            "pass_mark": 70,
            "questions": [
                {
                    "text": (
                        "Welche vier Schritte gehören zur psychosozialen Ersten Hilfe, "
                        "so wie sie in diesem Kurs beschrieben wird?"
                    ),
                    "multiple": False,
                    "answers": [
                        {
                            "text": "Zuhören, beruhigen, informieren, verbinden",
                            "correct": True,
                            "feedback": (
                                "Richtig. Diese vier Schritte geben Halt und zeigen "
                                "Wege zu weiterer Hilfe."
                            ),
                        },
                        {
                            "text": (
                                "Diagnose stellen, Medikamente empfehlen, Therapie "
                                "beginnen, abschließen"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Das ist Aufgabe von Fachleuten. "
                                "Psychosoziale Erste Hilfe ist keine Behandlung."
                            ),
                        },
                        {
                            "text": (
                                "Nachfragen, bis alle Einzelheiten des Erlebnisses "
                                "bekannt sind"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Drängen Sie niemanden, über Erlebnisse "
                                "im Detail zu sprechen. Der Mensch bestimmt selbst, "
                                "was er erzählt."
                            ),
                        },
                    ],
                },
                {
                    "text": (
                        "Welche Sätze sind Beispiele für aktives Zuhören? Mehrere "
                        "Antworten sind richtig."
                    ),
                    "multiple": True,
                    "answers": [
                        {
                            "text": (
                                "„Habe ich Sie richtig verstanden, dass Sie sich seit "
                                "Wochen allein fühlen?“"
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Sie wiederholen mit eigenen Worten und "
                                "prüfen, ob Sie richtig verstanden haben."
                            ),
                        },
                        {
                            "text": "„Wie geht es Ihnen damit?“",
                            "correct": True,
                            "feedback": (
                                "Richtig. Das ist eine offene Frage. Ihr Gegenüber "
                                "kann frei erzählen."
                            ),
                        },
                        {
                            "text": "„Das klingt, als ob Sie sehr erschöpft sind.“",
                            "correct": True,
                            "feedback": (
                                "Richtig. Sie benennen ein Gefühl. Viele Menschen "
                                "fühlen sich dadurch verstanden."
                            ),
                        },
                        {
                            "text": "„Das wird schon wieder.“",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Der Satz ist gut gemeint. Er kann aber "
                                "so ankommen, als wären die Sorgen nicht wichtig."
                            ),
                        },
                        {
                            "text": "„Anderen geht es noch viel schlechter.“",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Vergleiche mit anderen helfen selten. "
                                "Jeder Mensch erlebt seine Lage auf seine Weise."
                            ),
                        },
                    ],
                },
                {
                    "text": (
                        "Ein Mann sagt Ihnen, dass er nicht mehr leben will und schon "
                        "einen Plan hat. Was tun Sie?"
                    ),
                    "multiple": False,
                    "answers": [
                        {
                            "text": (
                                "Ich bleibe bei ihm und rufe sofort den Notruf 112."
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Das ist eine akute Gefahr. Lassen Sie den "
                                "Mann nicht allein und holen Sie sofort Hilfe."
                            ),
                        },
                        {
                            "text": "Ich verspreche ihm, niemandem davon zu erzählen.",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Bei Lebensgefahr dürfen Sie kein "
                                "Geheimnis versprechen. Holen Sie Hilfe."
                            ),
                        },
                        {
                            "text": (
                                "Ich wechsle das Thema, damit er auf andere Gedanken "
                                "kommt."
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Nehmen Sie die Aussage ernst. Sprechen "
                                "Sie offen darüber und holen Sie Hilfe."
                            ),
                        },
                    ],
                },
                {
                    "text": "Wofür ist die Nummer 116 117 da?",
                    "multiple": False,
                    "answers": [
                        {
                            "text": (
                                "Für den ärztlichen Bereitschaftsdienst, wenn die "
                                "Praxen geschlossen sind und keine Lebensgefahr besteht"
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Unter 116 117 gibt es außerdem Hilfe bei der "
                                "Suche nach einem Termin."
                            ),
                        },
                        {
                            "text": "Für Lebensgefahr, statt der 112",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Bei Lebensgefahr rufen Sie immer den "
                                "Notruf 112."
                            ),
                        },
                        {
                            "text": "Für die Polizei",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Die Polizei erreichen Sie unter 110."
                            ),
                        },
                    ],
                },
                {
                    "text": (
                        "Was gehört zu guter Selbstfürsorge als Ansprechperson? "
                        "Mehrere Antworten sind richtig."
                    ),
                    "multiple": True,
                    "answers": [
                        {
                            "text": (
                                "Feste Zeiten festlegen, in denen ich erreichbar bin"
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Klare Zeiten schützen Sie und schaffen "
                                "Verlässlichkeit."
                            ),
                        },
                        {
                            "text": (
                                "Mich mit anderen Ansprechpersonen austauschen, ohne "
                                "Namen zu nennen"
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Austausch entlastet. Die Menschen, die Sie "
                                "begleiten, bleiben dabei geschützt."
                            ),
                        },
                        {
                            "text": (
                                "Warnzeichen wie Schlafprobleme oder Gereiztheit ernst "
                                "nehmen"
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Solche Zeichen zeigen Ihnen, dass Sie selbst "
                                "etwas brauchen."
                            ),
                        },
                        {
                            "text": (
                                "Immer erreichbar sein, damit niemand enttäuscht wird"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Niemand kann immer erreichbar sein. "
                                "Gute Grenzen gehören zu verantwortungsvoller Hilfe."
                            ),
                        },
                    ],
                },
                {
                    "type": "true_false",
                    "value": {
                        "text": ("Wer anderen hilft, darf auch einmal Nein sagen."),
                        "true": True,
                        "explanation": (
                            "Stimmt. Eigene Grenzen zu achten, schützt Sie und die "
                            "Menschen, die Sie begleiten."
                        ),
                    },
                },
                {
                    "type": "ordering",
                    "value": {
                        "text": (
                            "Psychosoziale Erste Hilfe: Bringen Sie die Schritte in "
                            "eine gute Reihenfolge."
                        ),
                        "items": [
                            "Ruhig Kontakt aufnehmen",
                            "Zuhören und nachfragen",
                            "Gemeinsam nächste Schritte überlegen",
                            "Wenn nötig an Fachleute vermitteln",
                        ],
                        "explanation": (
                            "Erst entsteht Kontakt, dann Verständnis. Danach "
                            "überlegen Sie gemeinsam, was hilft, und vermitteln, "
                            "wenn es mehr braucht."
                        ),
                    },
                },
                {
                    "type": "matching",
                    "value": {
                        "text": "Welche Kraftquelle passt zu welchem Beispiel?",
                        "pairs": [
                            {
                                "left": "Beziehungen",
                                "right": "Ein Anruf bei einer guten Freundin",
                            },
                            {
                                "left": "Bewegung",
                                "right": "Ein Spaziergang an der Ruhr",
                            },
                            {
                                "left": "Sinn",
                                "right": "Ein Ehrenamt, das einem wichtig ist",
                            },
                        ],
                        "explanation": (
                            "Kraftquellen sind so verschieden wie Menschen. Jede "
                            "dieser drei stärkt auf ihre Weise."
                        ),
                    },
                },
                {
                    "type": "self_check",
                    "value": {
                        "text": (
                            "Woran merken Sie selbst, dass Ihnen eine Begleitung zu "
                            "viel wird?"
                        ),
                        "model_answer": (
                            "Zum Beispiel: Sie schlafen schlecht, denken auch in der "
                            "Freizeit ständig daran oder werden schnell gereizt. "
                            "Dann ist es Zeit, mit jemandem zu sprechen und etwas "
                            "abzugeben."
                        ),
                    },
                },
            ],
        },
    },
    {
        "slug": "gemeinsam-stark-im-stadtteil",
        "title": "Gemeinsam stark im Stadtteil: Sinn, Engagement und Botschafterrolle",
        "dimension": "sinnhaftigkeit",
        "summary": (
            "Sie denken darüber nach, was Ihrem Engagement Sinn gibt. Sie lernen, wie "
            "Sie Menschen im Stadtteil erreichen, Beteiligung fördern und das Netzwerk "
            "vertreten."
        ),
        "intro": (
            "<p>Das Netzwerk WIR ZUSAMMEN GEMEINSAM STARK lebt von Menschen wie Ihnen. "
            "Sie sind in Ihrem Stadtteil ansprechbar. Sie kennen die Menschen, die "
            "Orte und die Wege. Sie tragen die Idee des Netzwerks weiter.</p>"
            "<p>In diesem Kurs geht es um die <strong>Sinnhaftigkeit</strong>. Warum "
            "lohnt sich dieses Engagement? Wie erreichen wir Menschen, die bisher kaum "
            "Zugang zu Hilfen hatten? Wie können Menschen im Stadtteil selbst "
            "mitgestalten? Und was bedeutet es, Botschafterin oder Botschafter des "
            "Netzwerks zu sein?</p>"
            "<p>In diesem Kurs gibt es viele Fragen zum Nachdenken. Ihre Antworten "
            "sind nur für Sie bestimmt.</p>"
        ),
        "learning_goals": [
            "Sie können benennen, was Ihrem Engagement Sinn gibt.",
            (
                "Sie kennen Wege, um Menschen zu erreichen, die Hilfsangebote bisher "
                "selten nutzen."
            ),
            (
                "Sie wissen, wie Beteiligung und Selbstorganisation im Stadtteil "
                "gelingen können."
            ),
            (
                "Sie können die Ziele des Netzwerks in einfachen Worten erklären und "
                "vertreten."
            ),
        ],
        "audience": (
            "Für Ansprechpersonen, die sich in ihrem Stadtteil engagieren und das "
            "Netzwerk bekannter machen möchten."
        ),
        "duration_minutes": 80,
        "image": {
            "alt": (
                "Ein Netz aus Punkten und Linien in Koralle und Türkis über den "
                "Umrissen einer Stadt"
            ),
            "motif": (
                "a net of dots and connecting lines in coral and teal spread over a "
                "simple city skyline silhouette"
            ),
        },
        "lessons": [
            {
                "slug": "was-sinn-gibt",
                "title": "Was dem Engagement Sinn gibt",
                "dimension": "sinnhaftigkeit",
                "minutes": 20,
                "required": True,
                "body": [
                    ("heading", "Warum tun wir das?"),
                    (
                        "text",
                        (
                            "<p>Viele Menschen engagieren sich, weil sie etwas "
                            "zurückgeben möchten. Andere haben selbst erlebt, wie "
                            "wichtig Hilfe in einer Krise ist. Wieder andere möchten "
                            "Menschen kennenlernen, Neues lernen oder ihren Stadtteil "
                            "mitgestalten. Alle diese Gründe sind gut. Oft kommen "
                            "mehrere zusammen.</p>"
                            "<p>Im Modell der Salutogenese ist die "
                            "<strong>Sinnhaftigkeit</strong> der Teil, der Menschen "
                            "antreibt. Antonovsky hielt ihn für besonders wichtig. Wer "
                            "etwas als sinnvoll erlebt, bringt Kraft auf, auch wenn es "
                            "schwierig wird. Das gilt für die Menschen, die Sie "
                            "begleiten. Und es gilt für Sie selbst.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Sinn entsteht selten durch große Taten. Meist entsteht "
                            "er im Kleinen:</p>"
                            "<ul><li>wenn eine Nachbarin nach langer Zeit wieder zum "
                            "Kaffeetreff kommt,</li>"
                            "<li>wenn ein junger Mensch erzählt, dass ihm ein Gespräch "
                            "geholfen hat,</li>"
                            "<li>wenn Sie jemandem den Weg zu einer Beratungsstelle "
                            "zeigen und er ihn geht,</li>"
                            "<li>wenn Menschen im Stadtteil einander helfen, ohne dass "
                            "Sie dabei sein müssen.</li></ul>"
                            "<p>Solche Momente sind wertvoll. Es lohnt sich, sie "
                            "bewusst wahrzunehmen. Denn im Alltag übersehen wir sie "
                            "schnell. Oft erinnern wir uns eher an das, was nicht "
                            "gelungen ist.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Sinn hat auch mit Gemeinschaft zu tun. Das Netzwerk "
                            "ist nach der Corona-Krise entstanden. Damals haben viele "
                            "erlebt, wie schnell Menschen allein bleiben können. Die "
                            "Antwort des Netzwerks steckt schon im Namen: <em>Wir "
                            "zusammen</em>. Niemand soll mit seinen Sorgen allein "
                            "bleiben. Und niemand muss allein helfen. Ihr Engagement "
                            "ist Teil von etwas Größerem: einer Stadt, die "
                            "zusammenhält und Krisen besser tragen kann.</p>"
                            "<p>Zur Sinnhaftigkeit gehört auch Ehrlichkeit. Nicht "
                            "jeder Einsatz fühlt sich sinnvoll an. Manchmal bleiben "
                            "Frust oder Zweifel zurück. Auch das darf sein. Sprechen "
                            "Sie darüber mit anderen im Netzwerk. Oft sieht man "
                            "gemeinsam wieder, wofür sich der Einsatz lohnt.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Sinn entsteht oft im Kleinen. Wer bewusst wahrnimmt, was "
                            "gelingt, behält die Kraft für sein Engagement."
                        ),
                    ),
                    (
                        "reflection",
                        (
                            "Warum haben Sie sich entschieden, Ansprechperson im "
                            "Netzwerk zu werden? Was möchten Sie mit Ihrem Engagement "
                            "bewirken?"
                        ),
                    ),
                    (
                        "exercise",
                        {
                            "title": "Mein Sinn-Tagebuch",
                            "instructions": (
                                "<p>Schreiben Sie eine Woche lang jeden Abend einen "
                                "Satz auf: Was war heute sinnvoll oder schön, auch "
                                "wenn es nur etwas Kleines war? Es muss nichts mit "
                                "Ihrem Engagement zu tun haben.</p>"
                                "<p>Lesen Sie am Ende der Woche alles durch. Was fällt "
                                "Ihnen auf? Gibt es etwas, das immer wieder "
                                "vorkommt?</p>"
                            ),
                            "minutes": 5,
                        },
                    ),
                ],
            },
            {
                "slug": "menschen-erreichen",
                "title": "Menschen erreichen, die selten erreicht werden",
                "dimension": "handhabbarkeit",
                "minutes": 20,
                "required": True,
                "body": [
                    ("heading", "Nicht die Menschen sind schwer erreichbar"),
                    (
                        "text",
                        (
                            "<p>Oft hört man von „schwer erreichbaren Gruppen“. "
                            "Dahinter steckt ein Missverständnis. Meist sind nicht die "
                            "Menschen schwer erreichbar, sondern die Angebote. Sie "
                            "sind zu weit weg, zu kompliziert oder nur auf Deutsch. "
                            "Sie finden zu Zeiten statt, die nicht passen. Oder die "
                            "Menschen wissen gar nicht, dass es sie gibt.</p>"
                            "<p>Dazu kommen innere Hürden. Manche Menschen schämen "
                            "sich, um Hilfe zu bitten. Manche haben schlechte "
                            "Erfahrungen mit Ämtern gemacht. Andere denken: „Das ist "
                            "nichts für Leute wie mich.“ Und wer sehr belastet ist, "
                            "hat oft keine Kraft, selbst nach Hilfe zu suchen.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Als Ansprechperson können Sie viel dazu beitragen, "
                            "dass Hilfe ankommt:</p>"
                            "<ul>"
                            "<li><strong>Hingehen statt warten:</strong> Sprechen Sie "
                            "Menschen dort an, wo sie ohnehin sind. Zum Beispiel beim "
                            "Bäcker, auf dem Wochenmarkt, im Sportverein, in der "
                            "Gemeinde oder auf dem Spielplatz.</li>"
                            "<li><strong>Vertrauen nutzen:</strong> Menschen folgen "
                            "eher dem Rat von jemandem, den sie kennen. Arbeiten Sie "
                            "mit Menschen zusammen, denen andere vertrauen, zum "
                            "Beispiel Hausmeistern, Apothekerinnen oder "
                            "Vereinsvorständen.</li>"
                            "<li><strong>Einfach sprechen:</strong> Kurze Sätze, klare "
                            "Worte, keine Fachbegriffe. Wo es möglich ist, helfen "
                            "Infos in mehreren Sprachen oder Menschen, die "
                            "übersetzen.</li>"
                            "<li><strong>Niedrige Schwellen:</strong> Ein offenes Café "
                            "zum Vorbeikommen ist leichter als ein Termin im Büro. Am "
                            "besten ist ein Angebot kostenlos, in der Nähe und ohne "
                            "Formulare.</li>"
                            "<li><strong>Dranbleiben:</strong> Vertrauen wächst "
                            "langsam. Ein freundliches Wort beim dritten Treffen "
                            "bewirkt oft mehr als ein Faltblatt beim ersten.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Denken Sie auch an Menschen, die kaum aus dem Haus "
                            "gehen. Ältere Menschen, die allein leben, erreicht man "
                            "manchmal über Nachbarn, Angehörige, Pflegedienste oder "
                            "einen persönlichen Brief. Junge Menschen erreicht man "
                            "eher über Orte und Medien, die sie selbst nutzen, und "
                            "über andere junge Menschen.</p>"
                            "<p>Und fragen Sie die Menschen selbst: „Was würde Ihnen "
                            "helfen?“ und „Wo würden Sie von so einem Angebot "
                            "erfahren?“ Mit diesen Fragen werden Angebote "
                            "passender.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Gehen Sie dorthin, wo die Menschen sind. Vertrauen, "
                            "einfache Sprache und niedrige Schwellen öffnen Türen."
                        ),
                    ),
                    (
                        "image",
                        {
                            "alt": (
                                "Eine offene Tür in Sandfarbe, aus der ein warmer "
                                "Lichtstreifen in Koralle fällt"
                            ),
                            "caption": "Niedrige Schwellen: Eine offene Tür lädt ein.",
                            "motif": (
                                "an open door shape in sand colour with a warm coral "
                                "beam of light falling out onto a simple floor line"
                            ),
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Orte in meinem Stadtteil",
                            "instructions": (
                                "<p>Nehmen Sie einen Stadtplan oder zeichnen Sie eine "
                                "einfache Skizze Ihres Stadtteils. Markieren Sie:</p>"
                                "<ol>"
                                "<li>Orte, an denen viele Menschen zusammenkommen,</li>"
                                "<li>Menschen oder Einrichtungen, denen andere "
                                "besonders vertrauen,</li>"
                                "<li>eine Gruppe, die Sie bisher kaum erreichen.</li>"
                                "</ol>"
                                "<p>Überlegen Sie zum Schluss: Welcher Ort oder welche "
                                "Person könnte eine Brücke zu dieser Gruppe sein?</p>"
                            ),
                            "minutes": 10,
                        },
                    ),
                ],
            },
            {
                "slug": "beteiligung-im-stadtteil",
                "title": "Mitmachen und selbst gestalten im Stadtteil",
                "dimension": "sinnhaftigkeit",
                "minutes": 20,
                "required": True,
                "body": [
                    ("heading", "Der Stadtteil als Lebensraum"),
                    (
                        "text",
                        (
                            "<p>Fachleute sprechen oft vom "
                            "<strong>Sozialraum</strong>. Gemeint ist der Ort, an dem "
                            "Menschen ihren Alltag leben: die Straße, das Viertel, der "
                            "Stadtteil. Dazu gehören Wohnungen, Geschäfte, Schulen, "
                            "Parks und Treffpunkte. Vor allem gehören die Menschen "
                            "dazu und die Beziehungen zwischen ihnen.</p>"
                            "<p>Ein Stadtteil, in dem Menschen einander kennen und "
                            "sich gegenseitig helfen, ist in Krisen stärker. Das haben "
                            "viele in der Corona-Zeit erlebt: Wo es gute "
                            "Nachbarschaften gab, wurde füreinander eingekauft, "
                            "angerufen und nachgefragt.</p>"
                        ),
                    ),
                    ("heading", "Die Treppe der Beteiligung"),
                    (
                        "text",
                        (
                            "<p><strong>Beteiligung</strong> bedeutet: Menschen reden "
                            "nicht nur mit, sie gestalten mit. Man kann sich "
                            "Beteiligung wie eine Treppe vorstellen:</p>"
                            "<ol><li>Menschen werden <strong>informiert</strong>, zum "
                            "Beispiel über ein neues Angebot.</li>"
                            "<li>Menschen werden <strong>gefragt</strong>, was sie "
                            "brauchen und was sie denken.</li>"
                            "<li>Menschen <strong>entscheiden mit</strong>, zum "
                            "Beispiel über Zeiten, Orte oder Themen.</li>"
                            "<li>Menschen <strong>organisieren selbst</strong>, zum "
                            "Beispiel einen Treff, eine Gruppe oder eine Aktion.</li>"
                            "</ol>"
                            "<p>Jede Stufe hat ihren Wert. Je höher die Stufe, desto "
                            "mehr wächst das Gefühl: Ich kann etwas bewirken. Das "
                            "stärkt alle drei Teile des Kohärenzgefühls.</p>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p><strong>Selbstorganisation</strong> heißt: Menschen "
                            "nehmen eine Sache selbst in die Hand. Sie als "
                            "Ansprechperson müssen nicht alles selbst machen. Oft ist "
                            "es sogar besser, wenn Sie sich zurücknehmen. Sie können "
                            "Menschen ermutigen, Räume vermitteln, Kontakte herstellen "
                            "und am Anfang begleiten. Danach darf die Gruppe selbst "
                            "laufen.</p>"
                            "<p>Im Netzwerk gibt es dafür auch "
                            "<strong>Themengruppen</strong>. Dort treffen sich "
                            "Menschen, die ein gemeinsames Anliegen haben. Das kann "
                            "zum Beispiel Einsamkeit im Alter sein, die Lage junger "
                            "Menschen, der Alltag von Familien oder der Umgang mit "
                            "Trauer. In einer Themengruppe teilen die Mitglieder "
                            "Wissen und Erfahrungen. Sie entwickeln Ideen und setzen "
                            "sie gemeinsam um. Wenn Sie ein Thema bewegt, fragen Sie "
                            "im Netzwerk nach, welche Gruppen es gibt oder wie man "
                            "eine neue gründen kann.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Beteiligung heißt: Menschen gestalten ihren Stadtteil "
                            "selbst mit. Ihre Aufgabe ist es, zu ermutigen und zu "
                            "begleiten, nicht alles selbst zu machen."
                        ),
                    ),
                    (
                        "image",
                        {
                            "alt": (
                                "Vier aufsteigende Stufen in Farben von Hellblau bis "
                                "Koralle"
                            ),
                            "caption": (
                                "Die Treppe der Beteiligung: vom Informiertwerden bis "
                                "zum Selbstorganisieren."
                            ),
                            "motif": (
                                "four ascending steps in gradually warmer colours from "
                                "light blue through teal and sand to coral"
                            ),
                        },
                    ),
                    (
                        "reflection",
                        (
                            "Gibt es in Ihrem Stadtteil etwas, das Menschen selbst auf "
                            "die Beine gestellt haben? Was hat dazu beigetragen, dass "
                            "es gelungen ist?"
                        ),
                    ),
                ],
            },
            {
                "slug": "botschafterin-des-netzwerks",
                "title": "Botschafterin und Botschafter des Netzwerks sein",
                "dimension": "sinnhaftigkeit",
                "minutes": 20,
                "required": True,
                "body": [
                    ("heading", "Dem Netzwerk ein Gesicht geben"),
                    (
                        "text",
                        (
                            "<p>Als Ansprechperson sind Sie auch <strong>Botschafterin "
                            "oder Botschafter</strong> des Netzwerks WIR ZUSAMMEN "
                            "GEMEINSAM STARK. Das heißt: Sie geben dem Netzwerk in "
                            "Ihrem Stadtteil ein Gesicht. Viele Menschen lernen das "
                            "Netzwerk zuerst durch Sie kennen.</p>"
                            "<p>Die Ziele des Netzwerks lassen sich einfach sagen:</p>"
                            "<ul>"
                            "<li>Menschen mit den seelischen und sozialen Folgen der "
                            "Corona-Krise und anderer Krisen nicht allein lassen,</li>"
                            "<li>Menschen stärken, damit sie schwierige Zeiten besser "
                            "bewältigen,</li>"
                            "<li>Hilfen bekannt machen und Menschen mit passenden "
                            "Angeboten verbinden,</li>"
                            "<li>Ehrenamtliche und Fachleute miteinander "
                            "vernetzen,</li>"
                            "<li>Mülheim an der Ruhr widerstandsfähiger machen, damit "
                            "die Stadt künftige Krisen besser tragen kann.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Um das Netzwerk gut zu vertreten, brauchen Sie keine "
                            "langen Reden. Hilfreich ist ein kurzer Satz in Ihren "
                            "eigenen Worten. Zum Beispiel: „Ich bin Ansprechperson im "
                            "Netzwerk WIR ZUSAMMEN GEMEINSAM STARK. Wir sind für "
                            "Menschen da, denen es nicht gut geht, und zeigen ihnen, "
                            "wo es Hilfe gibt.“</p>"
                            "<p>Zu einer guten Botschafterrolle gehört:</p>"
                            "<ul>"
                            "<li><strong>Verlässlich sein:</strong> Versprechen Sie "
                            "nur, was Sie halten können.</li>"
                            "<li><strong>Ehrlich sein:</strong> Sagen Sie, wenn Sie "
                            "etwas nicht wissen, und fragen Sie nach.</li>"
                            "<li><strong>Vertraulich sein:</strong> Was Menschen Ihnen "
                            "anvertrauen, bleibt bei Ihnen. Nur bei akuter Gefahr "
                            "holen Sie Hilfe.</li>"
                            "<li><strong>Offen sein:</strong> Das Netzwerk ist für "
                            "alle da, unabhängig von Alter, Herkunft, Religion, Geld "
                            "oder Lebensform.</li>"
                            "<li><strong>Verbinden:</strong> Sie kennen nicht alle "
                            "Antworten. Aber Sie kennen Menschen im Netzwerk, die "
                            "weiterhelfen.</li></ul>"
                        ),
                    ),
                    (
                        "text",
                        (
                            "<p>Botschafterin oder Botschafter zu sein heißt auch, "
                            "Anliegen aus dem Stadtteil in das Netzwerk zu tragen. Sie "
                            "hören, was Menschen bewegt und was fehlt. Geben Sie diese "
                            "Beobachtungen weiter, zum Beispiel bei Treffen oder in "
                            "Themengruppen. So lernt das Netzwerk dazu und wird "
                            "besser.</p>"
                            "<p>Und schließlich zeigen Sie durch Ihr Handeln, was das "
                            "Netzwerk ausmacht. Wenn Sie freundlich, geduldig und mit "
                            "Respekt auf Menschen zugehen, erleben diese: Hier bin ich "
                            "willkommen. Das ist die beste Werbung für das Netzwerk "
                            "und für eine Stadt, die zusammenhält.</p>"
                        ),
                    ),
                    (
                        "key_message",
                        (
                            "Sie geben dem Netzwerk ein Gesicht. Wer verlässlich, "
                            "ehrlich, vertraulich und offen handelt, schafft "
                            "Vertrauen. So wächst das Netzwerk."
                        ),
                    ),
                    (
                        "exercise",
                        {
                            "title": "Mein Satz für das Netzwerk",
                            "instructions": (
                                "<p>Schreiben Sie in zwei oder drei Sätzen auf, wie "
                                "Sie das Netzwerk jemandem vorstellen würden, der noch "
                                "nie davon gehört hat. Verwenden Sie Ihre eigenen "
                                "Worte.</p>"
                                "<p>Sprechen Sie die Sätze einmal laut. Klingen sie "
                                "natürlich? Wenn Sie möchten, probieren Sie die Sätze "
                                "bei einer vertrauten Person aus. Fragen Sie dann: "
                                "„Hast du verstanden, worum es geht?“</p>"
                            ),
                            "minutes": 10,
                        },
                    ),
                ],
            },
        ],
        "quiz": {
            "lesson_slug": "botschafterin-des-netzwerks",
            "title": "Abschlussquiz: Gemeinsam stark im Stadtteil",
            "pass_mark": 70,
            # Each attempt asks three of the questions, answers shuffled.
            "draw": 3,
            "shuffle_answers": True,
            "questions": [
                {
                    "text": (
                        "Was ist mit dem Satz gemeint: „Nicht die Menschen sind schwer "
                        "erreichbar, sondern die Angebote“?"
                    ),
                    "multiple": False,
                    "answers": [
                        {
                            "text": (
                                "Angebote sollen so gestaltet sein, dass Menschen sie "
                                "leicht finden, verstehen und nutzen können."
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Wenn Angebote nah, einfach und einladend "
                                "sind, kommen mehr Menschen."
                            ),
                        },
                        {
                            "text": (
                                "Manche Menschen wollen einfach keine Hilfe, da kann "
                                "man nichts machen."
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Oft stehen Hürden im Weg, etwa Scham, "
                                "Sprache oder fehlende Informationen. Diese Hürden "
                                "kann man senken."
                            ),
                        },
                        {
                            "text": (
                                "Angebote sollten am besten nur noch im Internet "
                                "stattfinden."
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Viele Menschen, zum Beispiel ältere "
                                "Menschen, erreicht man so gerade nicht."
                            ),
                        },
                    ],
                },
                {
                    "text": (
                        "Welche Wege helfen, Menschen zu erreichen, die Hilfsangebote "
                        "selten nutzen? Mehrere Antworten sind richtig."
                    ),
                    "multiple": True,
                    "answers": [
                        {
                            "text": (
                                "Menschen an Orten ansprechen, an denen sie ohnehin "
                                "sind"
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Hingehen statt warten senkt die Schwelle."
                            ),
                        },
                        {
                            "text": (
                                "Mit Menschen zusammenarbeiten, denen andere vertrauen"
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Eine Empfehlung von einer vertrauten Person "
                                "öffnet viele Türen."
                            ),
                        },
                        {
                            "text": (
                                "Offene Angebote zum Vorbeikommen und ohne Kosten "
                                "schaffen"
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. Je niedriger die Schwelle, desto leichter "
                                "der erste Schritt."
                            ),
                        },
                        {
                            "text": (
                                "Viele Fachbegriffe verwenden, damit das Angebot "
                                "seriös wirkt"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Fachbegriffe schrecken eher ab. "
                                "Einfache Sprache erreicht mehr Menschen."
                            ),
                        },
                    ],
                },
                {
                    "text": "Was bedeutet Selbstorganisation im Stadtteil?",
                    "multiple": False,
                    "answers": [
                        {
                            "text": (
                                "Menschen nehmen eine Sache selbst in die Hand. Die "
                                "Ansprechperson ermutigt und begleitet."
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. So wächst bei den Beteiligten das Gefühl: "
                                "Ich kann etwas bewirken."
                            ),
                        },
                        {
                            "text": "Die Ansprechperson organisiert alles allein.",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Sie müssen nicht alles selbst machen. "
                                "Oft ist es besser, sich zurückzunehmen."
                            ),
                        },
                        {
                            "text": (
                                "Die Verwaltung entscheidet, was im Stadtteil passiert."
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Bei Selbstorganisation gestalten die "
                                "Menschen im Stadtteil selbst."
                            ),
                        },
                    ],
                },
                {
                    "text": (
                        "Welcher Teil des Kohärenzgefühls steht für das Gefühl „Es "
                        "lohnt sich“?"
                    ),
                    "multiple": False,
                    "answers": [
                        {
                            "text": "Sinnhaftigkeit",
                            "correct": True,
                            "feedback": (
                                "Richtig. Sinnhaftigkeit gibt Menschen die Kraft, sich "
                                "auch in schweren Zeiten einzusetzen."
                            ),
                        },
                        {
                            "text": "Verstehbarkeit",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Verstehbarkeit heißt: Ich kann "
                                "verstehen, was passiert."
                            ),
                        },
                        {
                            "text": "Handhabbarkeit",
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Handhabbarkeit heißt: Ich kann etwas "
                                "tun."
                            ),
                        },
                    ],
                },
                {
                    "text": (
                        "Was gehört zur Rolle als Botschafterin oder Botschafter des "
                        "Netzwerks? Mehrere Antworten sind richtig."
                    ),
                    "multiple": True,
                    "answers": [
                        {
                            "text": "Nur versprechen, was ich halten kann",
                            "correct": True,
                            "feedback": "Richtig. Verlässlichkeit schafft Vertrauen.",
                        },
                        {
                            "text": (
                                "Beobachtungen aus dem Stadtteil in das Netzwerk tragen"
                            ),
                            "correct": True,
                            "feedback": (
                                "Richtig. So lernt das Netzwerk dazu und kann besser "
                                "helfen."
                            ),
                        },
                        {
                            "text": (
                                "Offen sein für alle Menschen, unabhängig von "
                                "Herkunft, Alter oder Geld"
                            ),
                            "correct": True,
                            "feedback": "Richtig. Das Netzwerk ist für alle da.",
                        },
                        {
                            "text": (
                                "Persönliche Geschichten von Menschen weitererzählen, "
                                "um für das Netzwerk zu werben"
                            ),
                            "correct": False,
                            "feedback": (
                                "Nicht richtig. Was Menschen Ihnen anvertrauen, bleibt "
                                "vertraulich."
                            ),
                        },
                    ],
                },
            ],
        },
    },
]
