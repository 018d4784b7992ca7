"""German demo content of the evaluations: templates, past trainings, texts."""

QUESTIONNAIRES = [
    {
        "name": "Schulung – kurz",
        "is_default": True,
        "intro": "Vier kurze Fragen, etwa zwei Minuten.",
        "questions": [
            ("scale", "Die Schulung war für meine Arbeit hilfreich.", True, "", "trifft gar nicht zu", "trifft voll zu"),
            ("scale", "Ich fühle mich jetzt sicherer im Umgang mit belasteten Menschen.", True, "", "gar nicht", "sehr"),
            ("single", "Das Tempo war", False, "zu langsam\ngenau richtig\nzu schnell", "", ""),
            ("text", "Was sollen wir ändern?", False, "", "", ""),
        ],
    },
    {
        "name": "Schulung – ausführlich",
        "is_default": False,
        "intro": "Für mehrteilige Schulungen: etwa fünf Minuten.",
        "questions": [
            ("scale", "Die Inhalte waren verständlich.", True, "", "gar nicht", "voll und ganz"),
            ("scale", "Ich kann das Gelernte anwenden.", True, "", "gar nicht", "voll und ganz"),
            ("scale", "Die Schulung war mir wichtig.", False, "", "gar nicht", "sehr"),
            ("multiple", "Was hat Ihnen geholfen?", False, "Übungen\nAustausch in der Gruppe\nBeispiele aus dem Alltag\nUnterlagen", "", ""),
            ("single", "Wie haben Sie teilgenommen?", False, "vor Ort\nonline", "", ""),
            ("text", "Was nehmen Sie mit?", False, "", "", ""),
        ],
    },
]  # fmt: skip

# Past trainings: days before today, format, dimension, topic, capacity,
# attended, no-shows, waiting, answers (None: not evaluated), questionnaire.
PAST = [
    ("rueckblick-zuhoeren", "Zuhören, ohne zu bewerten", -290, "praesenz", "verstehbarkeit", "Zuhören", 20, 17, 2, 0, None, 0),
    ("rueckblick-stress", "Stress erkennen, Kräfte einteilen", -200, "online", "handhabbarkeit", "Stress", 25, 14, 3, 0, None, 0),
    ("rueckblick-einsamkeit", "Einsamkeit im Quartier begegnen", -120, "praesenz", "sinnhaftigkeit", "Einsamkeit", 18, 16, 1, 6, 12, 0),
    ("rueckblick-erste-hilfe", "Psychosoziale Erste Hilfe – Grundlagen", -45, "hybrid", "handhabbarkeit", "Krisen", 20, 12, 4, 3, 7, 1),
    ("rueckblick-gespraech", "Gespräche in schwierigen Lagen", -10, "online", "verstehbarkeit", "Zuhören", 12, 8, 2, 0, 3, 0),
]  # fmt: skip

FREE_TEXTS = [
    "Mehr Zeit für Übungen in kleinen Gruppen.",
    "Die Beispiele aus dem Stadtteil haben mir sehr geholfen.",
    "Gerne eine Fortsetzung im nächsten Quartal.",
    "Die Pausen waren zu kurz.",
    "Unterlagen vorher schicken, bitte.",
    "Gute Mischung aus Input und Austausch.",
    "Ich hätte mir mehr zu Hilfsangeboten in der Stadt gewünscht.",
]
