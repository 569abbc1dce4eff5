"""Two civil servants confirm two grants at the same moment, each of which fits the budget alone but not together:
exactly one succeeds, the other gets the clear message, and the budget is never exceeded.

Each thread has its own database connection (Django's connections are per thread) and its own transaction;
a barrier releases both confirmations together. The row lock on the budget serialises them; the CHECK
constraint would refuse the second even without it.
"""

import threading
from decimal import Decimal

import pytest
from django.db import connections

from subsidies import services
from subsidies.models import Application, Budget

# Serialized rollback puts the reference data (sectors, goals, countries) back after the flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def confirm_together(applications, confirmers):
    barrier = threading.Barrier(len(applications))
    outcomes = [None] * len(applications)

    def run(index):
        try:
            barrier.wait(timeout=30)
            services.decision_confirm(application=applications[index], by=confirmers[index])
            outcomes[index] = "confirmed"
        except services.BudgetExceeded as error:
            outcomes[index] = error.message
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(len(applications))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads)
    return outcomes


def test_two_confirmations_racing_for_the_last_budget(people, make_application):
    Budget.objects.update(amount=Decimal("2500"))
    first = make_application("proposed", amount=Decimal("1500"))
    second = make_application("proposed", amount=Decimal("1500"), partner=people.other)
    outcomes = confirm_together([first, second], [people.civil2, people.coordinator])
    assert sorted(outcome == "confirmed" for outcome in outcomes) == [False, True]
    refused = next(outcome for outcome in outcomes if outcome != "confirmed")
    assert "EUR 1000.00" in refused and "EUR 1500.00" in refused
    budget = Budget.objects.get()
    assert budget.granted_total == Decimal("1500") <= budget.amount
    assert sorted(Application.objects.values_list("status", flat=True)) == ["granted", "in_review"]


def test_two_confirmations_that_both_fit_both_succeed(people, make_application):
    first = make_application("proposed", amount=Decimal("1500"))
    second = make_application("proposed", amount=Decimal("1500"), partner=people.other)
    assert confirm_together([first, second], [people.civil2, people.coordinator]) == ["confirmed", "confirmed"]
    assert Budget.objects.get().granted_total == Decimal("3000")
