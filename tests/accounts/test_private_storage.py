import pytest
from django.core.files.base import ContentFile

from accounts.storage import private_storage


def test_private_files_live_outside_the_public_media_folder(settings):
    storage = private_storage()

    name = storage.save("certificates/x.pdf", ContentFile(b"%PDF-1.4"))

    path = storage.path(name)
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))


def test_private_files_have_no_public_url():
    with pytest.raises(ValueError):
        private_storage().url("certificates/x.pdf")
