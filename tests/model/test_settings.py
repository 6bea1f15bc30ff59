"""Workspace preferences declared once: each value is checked against its bounds, with the
setting's label in the interface language."""

import pytest

from hopen_desktop.model.errors import ValidationError
from hopen_desktop.model.i18n import set_language
from hopen_desktop.model.settings import BACKUPS_KEPT, MAX_FILE_MB, SETTINGS, check_setting


def test_every_setting_is_declared_once_with_a_default_in_its_bounds():
    assert SETTINGS == {"max_file_mb": MAX_FILE_MB, "backups_kept": BACKUPS_KEPT}
    for setting in SETTINGS.values():
        assert setting.minimum <= setting.default <= setting.maximum
        assert setting.label.fr and setting.label.en


@pytest.mark.parametrize("value", [1, 100, 2000])
def test_values_within_the_bounds_are_kept(value):
    assert check_setting(MAX_FILE_MB, value) == value


@pytest.mark.parametrize("value", [0, 2001, -5, True, 10.0, "10", None])
def test_values_out_of_bounds_or_not_integers_are_refused_naming_the_setting(value):
    with pytest.raises(ValidationError) as refused:
        check_setting(MAX_FILE_MB, value)
    assert refused.value.field == "max_file_mb" and refused.value.code == "setting.out_of_range"
    assert "1" in refused.value.message and "2000" in refused.value.message


def test_the_refusal_speaks_the_interface_language():
    set_language("en")
    with pytest.raises(ValidationError) as refused:
        check_setting(BACKUPS_KEPT, 0)
    assert "Number of backups kept" in refused.value.message
