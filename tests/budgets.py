"""Query budgets of pages that every app contributes to.

The home page and "Mein Bereich" show one section per app; each section fetches
in a fixed number of queries, so these budgets hold for 1 or 1,000 items.
"""

HOME_BUDGET = 25
DASHBOARD_BUDGET = 40
CONTENT_PAGE_BUDGET = 12
