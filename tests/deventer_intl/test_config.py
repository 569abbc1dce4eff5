"""The environment variables are declared once, in settings, through deventer_intl.config."""

import ast
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from deventer_intl import config

SETTINGS = Path(config.__file__).with_name("settings.py")


def test_settings_read_the_environment_only_through_the_registry():
    tree = ast.parse(SETTINGS.read_text())
    direct = [
        node.lineno for node in ast.walk(tree) if isinstance(node, ast.Attribute) and node.attr in {"environ", "getenv"}
    ]
    assert direct == [], f"settings.py reads os.environ directly on lines {direct}"


def test_every_declared_variable_says_what_it_means():
    import django.conf

    django.conf.settings.DEBUG  # noqa: B018 - settings are loaded, so every variable is declared
    assert {"SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "DEBUG"} <= set(config.VARIABLES)
    for variable in config.VARIABLES.values():
        assert variable.help.strip(), variable.name
        assert variable.group.strip(), variable.name
    required = {name for name, variable in config.VARIABLES.items() if variable.required_in_production}
    assert {"SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"} <= required


def test_values_are_cast_and_bad_values_are_refused_by_name(monkeypatch):
    monkeypatch.setitem(
        config.VARIABLES, "X_TEST_FLAG", config.Variable("X_TEST_FLAG", "0", "a test flag", "Test", kind="bool")
    )
    monkeypatch.setenv("X_TEST_FLAG", "yes")
    assert config.env_bool("X_TEST_FLAG", False, help="a test flag", group="Test") is True
    monkeypatch.setenv("X_TEST_FLAG", "perhaps")
    with pytest.raises(ImproperlyConfigured, match="X_TEST_FLAG"):
        config.env_bool("X_TEST_FLAG", False, help="a test flag", group="Test")
    monkeypatch.setenv("X_TEST_FLAG", " ")
    assert config.env_bool("X_TEST_FLAG", False, help="a test flag", group="Test") is False


def test_a_variable_declared_twice_with_another_meaning_is_an_error(monkeypatch):
    monkeypatch.setitem(config.VARIABLES, "X_TEST_TWICE", config.Variable("X_TEST_TWICE", "1", "first", "Test"))
    with pytest.raises(ImproperlyConfigured, match="declared twice"):
        config.env("X_TEST_TWICE", "2", help="second", group="Test")
