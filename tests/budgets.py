"""Query budgets of pages that every app contributes to.

The home page and "Mein Bereich" show one section per app; each section fetches
in a fixed number of queries, so these budgets hold for 1 or 1,000 items.
"""

# The first link to a route drawn outside its page looks up that page's address
# (the page, the site's root paths with the home page's translations) once per
# request.
ROUTE_LINK_QUERIES = 3
# The home page links routes of the exchange and network pages.
HOME_BUDGET = 25 + ROUTE_LINK_QUERIES
# Mein Bereich grew this round by "Erste Schritte", open evaluations and
# qualification paths: one fixed set of queries each.
DASHBOARD_BUDGET = 46
# A person coming back finds the menus, the footer, the site settings and their
# own sections kept (cms.memo, switched off in the other tests): what is left is
# the session, the person and what the page itself still asks.
RETURNING_DASHBOARD_BUDGET = 12
RETURNING_HOME_BUDGET = 12
# A content page also lists the content pages below it (Leichte Sprache): one query.
# The site's root paths include the home page's translations: one query.
CONTENT_PAGE_BUDGET = 14

# A staff page asks once per request whether the person holds a staff role with a
# confirmed second factor and whether their staff session is still young.
STAFF_GUARD_QUERIES = 2

# What Wagtail's routing costs a view that is a route of a page below the home
# page (the site, the home page, the routed page, each page's specific row, its
# view restrictions), once per request whatever the page lists, plus the links
# above. The exchange and network views paid none of it as plain Django views.
PAGE_ROUTE_QUERIES = 5 + ROUTE_LINK_QUERIES

# A booking at its own address (no page routing): the session and person; the
# training (with what its standard questions need), its view restrictions and
# its own questions are kept (cms.memo) until one of them changes. Under the
# training's lock: the facts the booking decides on, one count of seats, queue
# and an earlier booking, then the booking, its log entry and its mail row.
# Tests run it inside a transaction, so its own is a savepoint: two more.
BOOKING_BUDGET = 9

# A survey's results page (a training's evaluation, a course's feedback): the
# page route, the staff guard, who may see it, the survey, its count and its
# answers, the site chrome. The same for 5 or 5,000 answers.
SURVEY_RESULTS_BUDGET = PAGE_ROUTE_QUERIES + STAFF_GUARD_QUERIES + 14

# A coordinator report in the admin (Berichte → Auswertungen): the admin's own
# queries (session, menus, staff guard) and a fixed number per figure, the same
# for 2 or 2,000 trainings.
REPORT_BUDGET = 22 + STAFF_GUARD_QUERIES

# Qualification paths: a person's paths page (their paths with every step's state,
# the paths on offer) and the coordinators' progress report, whatever the number
# of paths, steps and people. The report pays the staff guard and the admin.
MY_PATHS_BUDGET = 20
PATH_REPORT_BUDGET = 30
# A lesson, course, training or the calendar on a return visit: the route is
# kept (one query for the page), as are the menus, the course's lesson list and
# the link to its forum; the rest is the page's own body.
RETURNING_PAGE_BUDGET = 12
