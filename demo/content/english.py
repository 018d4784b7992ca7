"""The English translation of the demo's start page, static pages, one course,
its topics, the "Hilfe holen" box and the crisis services.

Each entry has the shape of its German original in ``demo.content.site`` and
``demo.content.learning``: ``demo.translations`` pairs the texts place by place
and hands them to wagtail-localize, as a translator's PO file would.
"""

HOME = {
    "title": "Gemeinsam Stark",
    "intro": (
        "<p>This is where the contact persons of the network WIR ZUSAMMEN "
        "GEMEINSAM STARK (Together Strong) learn and share: in online courses at "
        "their own pace, in trainings on site and online, and in topic groups. "
        "Everything is free of charge.</p>"
    ),
}

CATALOGUE = {
    "title": "Courses",
    "intro": (
        "<p>You can take our online courses at your own pace, on your phone too. "
        "Every lesson belongs to one of the three pillars of the sense of "
        "coherence: <b>comprehensibility</b>, <b>manageability</b> and "
        "<b>meaningfulness</b>.</p>"
    ),
}

ACCESSIBILITY_STATEMENT = {
    "title": "Accessibility statement",
    "intro": (
        "We want everyone to be able to use this platform. Here you can read what "
        "already works well, which barriers remain and how to report a barrier "
        "to us."
    ),
}

# slug: title, intro, body paragraphs (as in STANDARD_PAGES)
STANDARD_PAGES = {
    "ueber-das-netzwerk": (
        "About the network",
        "WIR ZUSAMMEN GEMEINSAM STARK is a support network for a resilient city "
        "community in Mülheim an der Ruhr.",
        [
            "<p>The network grew out of the COVID-19 crisis. More than 40 situation "
            "reports to the crisis team showed how heavily the crisis weighed on "
            "people's mental health: older people living alone, young people, "
            "families and everyone with little support to begin with. It became a "
            "lasting support structure, run by the city's social welfare office and "
            "many partners from social and therapeutic work.</p>",
            "<h2>Contact persons</h2><p>Volunteers and professionals become contact "
            "persons of the network. They listen, help people find their way and "
            "refer them on when more help is needed. As ambassadors they carry the "
            "network's aims into their neighbourhoods, especially to people who "
            "have rarely been reached so far.</p>",
            "<h2>Our guiding idea: the sense of coherence</h2><p>People stay in "
            "mental balance when they can <strong>understand</strong> their world, "
            "when they feel able to <strong>cope</strong> with difficulties, and "
            "when what they do makes <strong>sense</strong>. Our courses and "
            "trainings are arranged by these three pillars (comprehensibility, "
            "manageability, meaningfulness).</p>",
            "<h2>Join in</h2><p>Register free of charge, take online courses at your "
            "own pace, sign up for trainings and share experiences in topic groups. "
            "If a topic is missing, tell us.</p>",
        ],
    ),
    "datenschutz": (
        "Privacy",
        "Which data we store, what for and for how long, and what rights you have.",
        [
            "<p>The controller is the City of Mülheim an der Ruhr, Social Affairs "
            "Department (address in the legal notice). We store only what the "
            "platform needs: your email address, your display name, voluntary "
            "details such as neighbourhood and organisation, your learning "
            "progress, your training bookings and your posts in the exchange.</p>",
            "<h2>What others see</h2><p>Other participants see only your display "
            "name. Your first and last name are seen only by you, the trainers of "
            "the trainings you booked or whose waiting list you are on (on the "
            "sign-in sheet and in the participants file), the coordination team "
            "and, on your certificates, whoever knows their verification code. "
            "Everyone else sees only your display name. Your email address is seen "
            "only by these trainers and the coordination team. Nobody but you sees "
            "your reflection notes in the courses.</p>",
            "<h2>Details about your needs, evaluations, no third parties</h2>"
            "<p>When you book a training you may say what you need (for example "
            "step-free access, sign language or a loan device). Only the people "
            "running the training and the coordination team see these details; we "
            "delete them as soon as the training is over. We store evaluations of "
            "trainings and courses without your name; we show results only from "
            "five answers on.</p><p>The platform loads no content from other "
            "servers, sets no advertising or analytics cookies and passes no data "
            "to third parties. Videos from other providers are only loaded when "
            "you choose so explicitly.</p>",
            "<h2>Your rights</h2><p>You have the right of access, rectification, "
            "erasure, restriction of processing and data portability, and the "
            "right to lodge a complaint with the State Commissioner for Data "
            "Protection and Freedom of Information of North Rhine-Westphalia. "
            "Write to us at the contact address in the legal notice.</p>",
        ],
    ),
    "impressum": (
        "Legal notice",
        "Information under § 5 DDG and § 18 MStV (German law).",
        [
            "<p>City of Mülheim an der Ruhr<br>Social Affairs Department – Social "
            "Planning and Project Development<br>Ruhrstraße 1<br>45468 Mülheim an "
            "der Ruhr</p>",
            "<p>The City of Mülheim an der Ruhr is a public-law corporation. It is "
            "represented by the Lord Mayor.</p>",
            "<p><strong>Note:</strong> This installation contains demo content. "
            "Contact details of organisations and people are made up.</p>",
        ],
    ),
}

# The course "Gemeinsam stark im Stadtteil", place by place as in COURSES.
COURSE = {
    "slug": "gemeinsam-stark-im-stadtteil",
    "title": "Strong together in the neighbourhood: meaning, engagement and the "
    "ambassador role",
    "summary": (
        "You think about what gives your engagement meaning. You learn how to "
        "reach people in the neighbourhood, encourage participation and represent "
        "the network."
    ),
    "intro": (
        "<p>The network WIR ZUSAMMEN GEMEINSAM STARK lives from people like you. "
        "People in your neighbourhood can turn to you. You know the people, the "
        "places and the ways. You carry the network's idea further.</p>"
        "<p>This course is about <strong>meaningfulness</strong>. Why is this "
        "engagement worth it? How do we reach people who have had little access to "
        "help so far? How can people in the neighbourhood shape things themselves? "
        "And what does it mean to be an ambassador of the network?</p>"
        "<p>This course has many questions to think about. Your answers are for "
        "you alone.</p>"
    ),
    "learning_goals": [
        "You can name what gives your engagement meaning.",
        "You know ways to reach people who rarely use support services.",
        "You know how participation and self-organisation can succeed in the "
        "neighbourhood.",
        "You can explain and represent the network's aims in simple words.",
    ],
    "audience": (
        "For contact persons who are active in their neighbourhood and want to "
        "make the network better known."
    ),
    "image": {
        "alt": "A net of dots and lines in coral and teal over the outline of a city",
    },
    "lessons": [
        {
            "title": "What gives engagement meaning",
            "body": [
                ("heading", "Why do we do this?"),
                (
                    "text",
                    "<p>Many people get involved because they want to give something "
                    "back. Others have experienced themselves how important help is "
                    "in a crisis. Others again want to meet people, learn something "
                    "new or help shape their neighbourhood. All these reasons are "
                    "good. Often several come together.</p>"
                    "<p>In the model of salutogenesis, "
                    "<strong>meaningfulness</strong> is the part that drives people. "
                    "Antonovsky considered it especially important. Whoever "
                    "experiences something as meaningful finds strength, even when "
                    "it gets difficult. That is true for the people you accompany. "
                    "And it is true for you.</p>",
                ),
                (
                    "text",
                    "<p>Meaning rarely comes from great deeds. Mostly it arises in "
                    "small things:</p>"
                    "<ul><li>when a neighbour comes back to the coffee meeting after "
                    "a long time,</li>"
                    "<li>when a young person tells you that a conversation "
                    "helped,</li>"
                    "<li>when you show someone the way to a counselling service and "
                    "they take it,</li>"
                    "<li>when people in the neighbourhood help each other without "
                    "you having to be there.</li></ul>"
                    "<p>Such moments are valuable. It is worth noticing them "
                    "consciously, because in everyday life we easily overlook them. "
                    "We often remember rather what did not work out.</p>",
                ),
                (
                    "text",
                    "<p>Meaning also has to do with community. The network came into "
                    "being after the coronavirus crisis. Back then many people saw "
                    "how quickly people can be left alone. The network's answer is "
                    "already in its name: <em>Wir zusammen</em> (we together). Nobody "
                    "should be left alone with their worries. And nobody has to help "
                    "alone. Your engagement is part of something bigger: a city that "
                    "sticks together and can bear crises better.</p>"
                    "<p>Honesty is part of meaningfulness too. Not every effort feels "
                    "meaningful. Sometimes frustration or doubt remains. That is "
                    "allowed. Talk about it with others in the network. Together you "
                    "often see again what the effort is worth.</p>",
                ),
                (
                    "key_message",
                    "Meaning often arises in small things. Whoever consciously "
                    "notices what works keeps the strength for their engagement.",
                ),
                (
                    "reflection",
                    "Why did you decide to become a contact person in the network? "
                    "What would you like to achieve with your engagement?",
                ),
                (
                    "exercise",
                    {
                        "title": "My meaning diary",
                        "instructions": (
                            "<p>For one week, write down one sentence every evening: "
                            "What was meaningful or good today, even if it was only "
                            "something small? It does not have to do with your "
                            "engagement.</p>"
                            "<p>At the end of the week, read everything through. "
                            "What do you notice? Is there something that comes up "
                            "again and again?</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Reaching people who are rarely reached",
            "body": [
                ("heading", "It is not the people who are hard to reach"),
                (
                    "text",
                    "<p>People often speak of “hard-to-reach groups”. Behind this "
                    "lies a misunderstanding. Mostly it is not the people who are "
                    "hard to reach, but the services. They are too far away, too "
                    "complicated or only in German. They take place at times that "
                    "do not fit. Or people do not even know they exist.</p>"
                    "<p>Then there are inner hurdles. Some people are ashamed to ask "
                    "for help. Some have had bad experiences with authorities. "
                    "Others think: “That's not for people like me.” And whoever is "
                    "under great strain often has no strength to look for help "
                    "themselves.</p>",
                ),
                (
                    "text",
                    "<p>As a contact person you can do a lot so that help "
                    "arrives:</p>"
                    "<ul>"
                    "<li><strong>Go out instead of waiting:</strong> Speak to people "
                    "where they are anyway. For example at the bakery, at the weekly "
                    "market, in the sports club, in the parish or at the "
                    "playground.</li>"
                    "<li><strong>Use trust:</strong> People are more likely to follow "
                    "the advice of someone they know. Work with people whom others "
                    "trust, for example caretakers, pharmacists or club "
                    "chairs.</li>"
                    "<li><strong>Speak simply:</strong> Short sentences, clear words, "
                    "no jargon. Where possible, information in several languages or "
                    "people who interpret help.</li>"
                    "<li><strong>Low thresholds:</strong> An open café without "
                    "registration is easier than an appointment at an office. Best "
                    "of all, a service is free, nearby and without forms.</li>"
                    "<li><strong>Keep at it:</strong> Trust grows slowly. A friendly "
                    "word at the third meeting often achieves more than a leaflet at "
                    "the first.</li></ul>",
                ),
                (
                    "text",
                    "<p>Think also of people who hardly leave the house. Older people "
                    "who live alone can sometimes be reached through neighbours, "
                    "relatives, care services or a personal letter. Young people are "
                    "more easily reached through places and media they use "
                    "themselves, and through other young people.</p>"
                    "<p>And ask the people themselves: “What would help you?” and "
                    "“Where would you hear about such a service?” With these "
                    "questions, services fit better.</p>",
                ),
                (
                    "key_message",
                    "Go where the people are. Trust, plain language and low "
                    "thresholds open doors.",
                ),
                (
                    "image",
                    {
                        "alt": "An open door in sand colour, with a warm strip of "
                        "coral light falling out",
                        "caption": "Low thresholds: an open door invites you in.",
                    },
                ),
                (
                    "exercise",
                    {
                        "title": "Places in my neighbourhood",
                        "instructions": (
                            "<p>Take a city map or draw a simple sketch of your "
                            "neighbourhood. Mark:</p>"
                            "<ol>"
                            "<li>places where many people come together,</li>"
                            "<li>people or organisations whom others particularly "
                            "trust,</li>"
                            "<li>a group you have hardly reached so far.</li>"
                            "</ol>"
                            "<p>Finally, consider: Which place or which person could "
                            "be a bridge to this group?</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Taking part and shaping the neighbourhood",
            "body": [
                ("heading", "The neighbourhood as a living space"),
                (
                    "text",
                    "<p>Professionals often speak of the <strong>social "
                    "space</strong>. It means the place where people live their "
                    "everyday lives: the street, the quarter, the neighbourhood. It "
                    "includes homes, shops, schools, parks and meeting places. Above "
                    "all it includes the people and the relationships between "
                    "them.</p>"
                    "<p>A neighbourhood where people know each other and help each "
                    "other is stronger in crises. Many experienced this during the "
                    "coronavirus period: where there were good neighbourhoods, "
                    "people shopped for each other, phoned and checked in.</p>",
                ),
                ("heading", "The ladder of participation"),
                (
                    "text",
                    "<p><strong>Participation</strong> means: people do not only have "
                    "a say, they help shape things. You can imagine participation as "
                    "a staircase:</p>"
                    "<ol><li>People are <strong>informed</strong>, for example about "
                    "a new service.</li>"
                    "<li>People are <strong>asked</strong> what they need and what "
                    "they think.</li>"
                    "<li>People <strong>decide together</strong>, for example about "
                    "times, places or topics.</li>"
                    "<li>People <strong>organise things themselves</strong>, for "
                    "example a meeting, a group or a campaign.</li>"
                    "</ol>"
                    "<p>Every step has its value. The higher the step, the more the "
                    "feeling grows: I can make a difference. That strengthens all "
                    "three parts of the sense of coherence.</p>",
                ),
                (
                    "text",
                    "<p><strong>Self-organisation</strong> means: people take a "
                    "matter into their own hands. As a contact person you do not "
                    "have to do everything yourself. Often it is even better if you "
                    "step back. You can encourage people, find rooms, make contacts "
                    "and accompany them at the start. After that the group may run "
                    "on its own.</p>"
                    "<p>The network also has <strong>topic groups</strong> for this. "
                    "People with a shared concern meet there. That can be, for "
                    "example, loneliness in old age, the situation of young people, "
                    "the everyday life of families or dealing with grief. In a topic "
                    "group the members share knowledge and experience. They develop "
                    "ideas and put them into practice together. If a topic moves "
                    "you, ask in the network which groups exist or how to start a "
                    "new one.</p>",
                ),
                (
                    "key_message",
                    "Participation means: people help shape their neighbourhood "
                    "themselves. Your task is to encourage and accompany, not to do "
                    "everything yourself.",
                ),
                (
                    "image",
                    {
                        "alt": "Four rising steps in colours from light blue to coral",
                        "caption": "The ladder of participation: from being informed "
                        "to organising things yourself.",
                    },
                ),
                (
                    "reflection",
                    "Is there something in your neighbourhood that people set up "
                    "themselves? What helped it succeed?",
                ),
            ],
        },
        {
            "title": "Being an ambassador of the network",
            "body": [
                ("heading", "Giving the network a face"),
                (
                    "text",
                    "<p>As a contact person you are also an <strong>ambassador"
                    "</strong> of the network WIR ZUSAMMEN GEMEINSAM STARK. That "
                    "means: you give the network a face in your neighbourhood. Many "
                    "people first get to know the network through you.</p>"
                    "<p>The network's aims are simple to say:</p>"
                    "<ul>"
                    "<li>not leaving people alone with the mental and social "
                    "consequences of the coronavirus crisis and other crises,</li>"
                    "<li>strengthening people so that they cope better with "
                    "difficult times,</li>"
                    "<li>making support known and connecting people with suitable "
                    "services,</li>"
                    "<li>connecting volunteers and professionals with each "
                    "other,</li>"
                    "<li>making Mülheim an der Ruhr more resilient so that the city "
                    "can bear future crises better.</li></ul>",
                ),
                (
                    "text",
                    "<p>To represent the network well, you do not need long "
                    "speeches. A short sentence in your own words helps. For "
                    "example: “I am a contact person in the network WIR ZUSAMMEN "
                    "GEMEINSAM STARK. We are there for people who are not doing "
                    "well, and we show them where to find help.”</p>"
                    "<p>A good ambassador role includes:</p>"
                    "<ul>"
                    "<li><strong>Being reliable:</strong> Only promise what you can "
                    "keep.</li>"
                    "<li><strong>Being honest:</strong> Say when you do not know "
                    "something, and ask.</li>"
                    "<li><strong>Being discreet:</strong> What people confide in you "
                    "stays with you. Only in acute danger do you get help.</li>"
                    "<li><strong>Being open:</strong> The network is there for "
                    "everyone, regardless of age, origin, religion, money or way of "
                    "life.</li>"
                    "<li><strong>Connecting:</strong> You do not know all the "
                    "answers. But you know people in the network who can help "
                    "further.</li></ul>",
                ),
                (
                    "text",
                    "<p>Being an ambassador also means carrying concerns from the "
                    "neighbourhood into the network. You hear what moves people and "
                    "what is missing. Pass these observations on, for example at "
                    "meetings or in topic groups. That way the network learns and "
                    "gets better.</p>"
                    "<p>And finally, through what you do you show what the network "
                    "stands for. When you approach people in a friendly, patient and "
                    "respectful way, they experience: I am welcome here. That is the "
                    "best advertisement for the network and for a city that sticks "
                    "together.</p>",
                ),
                (
                    "key_message",
                    "You give the network a face. Whoever acts reliably, honestly, "
                    "discreetly and openly builds trust. That is how the network "
                    "grows.",
                ),
                (
                    "exercise",
                    {
                        "title": "My sentence for the network",
                        "instructions": (
                            "<p>In two or three sentences, write down how you would "
                            "introduce the network to someone who has never heard "
                            "of it. Use your own words.</p>"
                            "<p>Say the sentences out loud once. Do they sound "
                            "natural? If you like, try the sentences out on someone "
                            "you trust. Then ask: “Did you understand what it is "
                            "about?”</p>"
                        ),
                    },
                ),
            ],
        },
    ],
    "quiz": {
        "title": "Final quiz: Strong together in the neighbourhood",
        "questions": [
            {
                "text": "What is meant by the sentence: “It is not the people who are "
                "hard to reach, but the services”?",
                "answers": [
                    {
                        "text": "Services should be designed so that people can "
                        "easily find, understand and use them.",
                        "feedback": "Correct. When services are close, simple and "
                        "inviting, more people come.",
                    },
                    {
                        "text": "Some people simply do not want help; nothing can "
                        "be done about that.",
                        "feedback": "Not correct. Often hurdles stand in the way, "
                        "such as shame, language or missing information. These "
                        "hurdles can be lowered.",
                    },
                    {
                        "text": "Services should best take place only on the internet.",
                        "feedback": "Not correct. Many people, older people for "
                        "example, are exactly the ones you do not reach that way.",
                    },
                ],
            },
            {
                "text": "Which ways help to reach people who rarely use support "
                "services? Several answers are correct.",
                "answers": [
                    {
                        "text": "Speaking to people in places where they are anyway",
                        "feedback": "Correct. Going out instead of waiting lowers "
                        "the threshold.",
                    },
                    {
                        "text": "Working with people whom others trust",
                        "feedback": "Correct. A recommendation from a trusted "
                        "person opens many doors.",
                    },
                    {
                        "text": "Creating open services without registration and "
                        "without cost",
                        "feedback": "Correct. The lower the threshold, the easier "
                        "the first step.",
                    },
                    {
                        "text": "Using lots of jargon so that the service seems "
                        "serious",
                        "feedback": "Not correct. Jargon tends to put people off. "
                        "Plain language reaches more people.",
                    },
                ],
            },
            {
                "text": "What does self-organisation in the neighbourhood mean?",
                "answers": [
                    {
                        "text": "People take a matter into their own hands. The "
                        "contact person encourages and accompanies them.",
                        "feedback": "Correct. That way the people involved gain the "
                        "feeling: I can make a difference.",
                    },
                    {
                        "text": "The contact person organises everything alone.",
                        "feedback": "Not correct. You do not have to do everything "
                        "yourself. Often it is better to step back.",
                    },
                    {
                        "text": "The administration decides what happens in the "
                        "neighbourhood.",
                        "feedback": "Not correct. In self-organisation the people "
                        "in the neighbourhood shape things themselves.",
                    },
                ],
            },
            {
                "text": "Which part of the sense of coherence stands for the feeling "
                "“It is worth it”?",
                "answers": [
                    {
                        "text": "Meaningfulness",
                        "feedback": "Correct. Meaningfulness gives people the "
                        "strength to keep going even in hard times.",
                    },
                    {
                        "text": "Comprehensibility",
                        "feedback": "Not correct. Comprehensibility means: I can "
                        "understand what is happening.",
                    },
                    {
                        "text": "Manageability",
                        "feedback": "Not correct. Manageability means: I can do "
                        "something.",
                    },
                ],
            },
            {
                "text": "What is part of the role of an ambassador of the network? "
                "Several answers are correct.",
                "answers": [
                    {
                        "text": "Only promising what I can keep",
                        "feedback": "Correct. Reliability builds trust.",
                    },
                    {
                        "text": "Carrying observations from the neighbourhood into "
                        "the network",
                        "feedback": "Correct. That way the network learns and can "
                        "help better.",
                    },
                    {
                        "text": "Being open to all people, regardless of origin, "
                        "age or money",
                        "feedback": "Correct. The network is there for everyone.",
                    },
                    {
                        "text": "Passing on people's personal stories to promote "
                        "the network",
                        "feedback": "Not correct. What people confide in you stays "
                        "confidential.",
                    },
                ],
            },
        ],
    },
}

# The other pages of the main menu, as PO entries (German msgid: English msgstr).
MENU_PAGES = {
    "netzwerk": {"Netzwerk": "Network"},
    "termine": {
        "Schulungen und Termine": "Trainings and dates",
        "Hier finden Sie alle Schulungen des Netzwerks: vor Ort in den Stadtteilen, "
        "online oder beides zugleich. Alle Angebote sind kostenlos.": (
            "Here you find all of the network's trainings: on site in the "
            "neighbourhoods, online or both at once. Everything is free of charge."
        ),
    },
    "austausch": {
        "Austausch": "Exchange",
        "Hier tauschen sich Ansprechpersonen aus: in den Foren ihrer Kurse und in "
        "Themengruppen, die sie selbst gründen. Andere sehen nur Ihren "
        "Anzeigenamen.": (
            "This is where contact persons share experiences: in the forums of "
            "their courses and in topic groups they start themselves. Others see "
            "only your display name."
        ),
    },
    "aktuelles": {
        "Aktuelles": "News",
        "Lageberichte und Nachrichten aus dem Netzwerk. Die Lageberichte entstanden "
        "in der Pandemie für den Krisenstab der Stadt und beschreiben, was die "
        "Ansprechpersonen in den Stadtteilen beobachten.": (
            "Situation reports and news from the network. The situation reports "
            "were written during the pandemic for the city's crisis team and "
            "describe what the contact persons observe in the neighbourhoods."
        ),
    },
}

# The introduction to the platform, the first training a newcomer books. Its
# sessions, seats and bookings stay with the German page.
TRAINING = {
    "slug": "lernplattform-kennenlernen",
    "title": "Getting to know the learning platform: a guided practice hour on site",
    "summary": (
        "Bring your tablet or phone. Together we set up your access and try "
        "everything out at an easy pace."
    ),
    "description": (
        "<p>The learning platform is there for you - even if you have little "
        "to do with computers. In this practice hour, volunteers from the "
        "network help you in person.</p>"
        "<ul>"
        "<li>Signing in and keeping your password safe</li>"
        "<li>Finding a training and booking it</li>"
        "<li>Writing a post in the exchange</li>"
        "<li>Making the text larger and having it read aloud</li>"
        "</ul>"
        "<p>Devices can be borrowed. Please tell us when you book if you need "
        "one.</p>"
    ),
    "target_group": "Everyone using the learning platform for the first time",
}


# The demo's topics (Themen): German name → English name.
TOPICS = {
    "Angehörige": "Relatives",
    "Arztsuche": "Finding a doctor",
    "Aufenthalt": "Residence status",
    "Austausch": "Sharing experiences",
    "Begegnung": "Meeting people",
    "Begleitung": "Accompanying people",
    "Behörden": "Public authorities",
    "Bewegung": "Exercise",
    "Chronische Krankheit": "Chronic illness",
    "Demenz": "Dementia",
    "Depression": "Depression",
    "Digitales": "Digital skills",
    "Ehrenamt": "Volunteering",
    "Einsamkeit": "Loneliness",
    "Energiekosten": "Energy costs",
    "Engagement": "Getting involved",
    "Erziehung": "Parenting",
    "Familie": "Family",
    "Frauen": "Women",
    "Freizeit": "Leisure",
    "Geldsorgen": "Money worries",
    "Gesprächsführung": "Conversation skills",
    "Gesundheit": "Health",
    "Gewalt": "Violence",
    "Hausaufgabenhilfe": "Homework help",
    "Interkulturelle Kommunikation": "Intercultural communication",
    "Kinder und Jugendliche": "Children and young people",
    "Konflikte": "Conflicts",
    "Krisen": "Crises",
    "Lernplattform": "Learning platform",
    "Migration": "Migration",
    "Moderation": "Facilitation",
    "Nachbarschaft": "Neighbourhood",
    "Netzwerkarbeit": "Networking",
    "Notfall": "Emergencies",
    "Online-Treffen": "Online meetings",
    "Pandemiefolgen": "After-effects of the pandemic",
    "Pflege": "Care",
    "Psychische Erkrankung": "Mental illness",
    "Psychosoziale Erste Hilfe": "Psychosocial first aid",
    "Schulangst": "Fear of school",
    "Schulden": "Debt",
    "Selbstfürsorge": "Self-care",
    "Selbsthilfe": "Self-help",
    "Sprache": "Language",
    "Stadtteil": "Neighbourhood life",
    "Stress": "Stress",
    "Sucht": "Addiction",
    "Suizidgedanken": "Suicidal thoughts",
    "Suizidprävention": "Suicide prevention",
    "Tagesstruktur": "Daily routine",
    "Trauer": "Grief",
    "Trennung": "Separation",
    "Weitervermittlung": "Referral",
    "Zuhören": "Listening",
    "Ältere Menschen": "Older people",
    "Ängste": "Anxiety",
}

# The "Hilfe holen" box (shape of HELP_INTRO and HELP_CONTACTS in
# demo.content.site; phone numbers and addresses are not offered to translators).
HELP_BOX = {
    "intro": "If you or someone close to you is not doing well right now:",
    "contacts": [
        {
            "name": "TelefonSeelsorge (telephone counselling)",
            "hours": "around the clock, free of charge and anonymous",
            "description": "Also available on 0800 111 0 222.",
        },
        {
            "name": "Out-of-hours medical service",
            "hours": "when your GP's practice is closed",
        },
        {
            "name": "Nummer gegen Kummer (for children and young people)",
            "hours": "Mon–Sat 2 pm to 8 pm",
        },
    ],
}

# The crisis services of the directory, which the "Hilfe holen" box lists too:
# German name → the English texts of their fields.
CRISIS_SERVICES = {
    "TelefonSeelsorge": {
        "name": "TelefonSeelsorge (telephone counselling)",
        "description": (
            "Anonymous, free help on the phone for anyone who is worried or in a "
            "crisis. If a life is in danger, please call the emergency number 112 "
            "at once. (Demo entry)"
        ),
        "how_to_reach": (
            "Call free of charge: 0800 111 0 111 or 0800 111 0 222. You do not "
            "have to give your name. Someone on the phone listens to you and "
            "thinks through with you what could help now."
        ),
        "opening_hours": "Around the clock, on Sundays and public holidays too",
        "accessibility": "Available by phone, chat and e-mail",
    },
    "Nummer gegen Kummer - Kinder- und Jugendtelefon": {
        "name": "Nummer gegen Kummer – helpline for children and young people",
        "description": (
            "A free, anonymous helpline for children and young people who have "
            "worries, are caught up in conflict, feel afraid or experience "
            "violence. (Demo entry)"
        ),
        "how_to_reach": (
            "Children and young people call 116 111 free of charge. The advice "
            "is anonymous. Nobody finds out about the call."
        ),
        "opening_hours": "Mon–Sat 2 pm to 8 pm",
        "accessibility": "Available by phone and through online counselling",
    },
    "Hilfetelefon Gewalt gegen Frauen": {
        "name": "Violence against Women Helpline",
        "description": (
            "Confidential advice for women who experience or have experienced "
            "violence, and for the people around them. (Demo entry)"
        ),
        "how_to_reach": (
            "Call 116 016 free of charge. Relatives, friends and contact persons "
            "can get advice too. If you are in acute danger, call the emergency "
            "number 112."
        ),
        "opening_hours": "Around the clock, every day of the year",
        "accessibility": (
            "Available by phone, chat and in sign language; interpreters for many "
            "languages"
        ),
    },
    "Notruf und ärztlicher Bereitschaftsdienst": {
        "name": "Emergency number and out-of-hours medical service",
        "description": (
            "Important numbers for medical emergencies. If someone is in acute "
            "danger of harming themselves, call the emergency number 112 too. "
            "(Demo entry)"
        ),
        "how_to_reach": (
            "If a life is in danger, call 112 at once. If it is not an emergency "
            "but your GP's practice is closed, the out-of-hours medical service "
            "helps on 116 117."
        ),
        "opening_hours": (
            "Emergency number 112 around the clock; out-of-hours service 116 117 "
            "when practices are closed"
        ),
        "accessibility": "Available by phone",
    },
}
