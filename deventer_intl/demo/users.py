"""Demo logins, one or more per role. Local use only: ``demo_logins`` refuses to run in production."""

DEMO_PASSWORD = "deventer-demo-2026"

DEMO_USERS = [
    # username, role, first name, last name, sector slug, partner slugs, staff (admin), description
    ("coordinator", "Coordinator", "Carla", "Coördinator", None, [], True,
     "coordinator of the International Office (admin, revert history)"),
    ("ambtenaar", "Civil servant", "Bram", "Ambtenaar", "gemeente", ["gemeente-deventer"], False,
     "civil servant of the municipality (edits every action)"),
    ("ambassadeur-cultuur", "Ambassador", "Anouk", "de Cultuur", "cultuur-toerisme", ["stichting-deventer-wereldstad"],
     False, "ambassador Cultuur & toerisme"),
    ("ambassadeur-ondernemers", "Ambassador", "Ruud", "Ondernemer", "ondernemers", ["mkb-deventer"], False,
     "ambassador Ondernemers"),
    ("ambassadeur-onderwijs", "Ambassador", "Sanne", "Onderwijs", "onderwijs", ["saxion"], False,
     "ambassador Onderwijs"),
    ("ambassadeur-ngo", "Ambassador", "Fatima", "Maatschappij", "maatschappelijk", ["deventer-roemenie"], False,
     "ambassador Maatschappelijke organisaties/NGO's"),
    ("ambassadeur-sport", "Ambassador", "Kees", "Sport", "sport", ["go-ahead-eagles"], False, "ambassador Sport"),
    ("ambtenaar-subsidies", "Civil servant", "Sophie", "Subsidies", "gemeente", ["gemeente-deventer"], False,
     "second civil servant: confirms subsidy decisions the other proposed (four eyes)"),
    ("partner-roemenie", "Partner representative", "Ioana", "Vertegenwoordiger", None, ["deventer-roemenie"], False,
     "representative of St. Deventer - Roemenië (joins actions, posts updates)"),
]
