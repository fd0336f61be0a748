"""A database in a synced folder or on a network share is recognised, with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator.store.risky_places import RiskyPlace, risky_place

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/exports/office /mnt/office nfs4 rw,relatime 0 0
//fileserver/ir /media/ir\\040office cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/aylin/OneDrive/Heyetler/coordinator.sqlite", RiskyPlace("synced", "OneDrive")),
        ("/home/aylin/OneDrive - TDBB/coordinator.sqlite", RiskyPlace("synced", "OneDrive")),
        ("/home/aylin/Dropbox/coordinator.sqlite", RiskyPlace("synced", "Dropbox")),
        ("/home/aylin/Google Drive/My Drive/x.sqlite", RiskyPlace("synced", "Google Drive")),
        ("/Users/aylin/Library/Mobile Documents/x.sqlite", RiskyPlace("synced", "iCloud Drive")),
        ("/mnt/office/coordinator.sqlite", RiskyPlace("network", "nfs4")),
        ("/media/ir office/2021/coordinator.sqlite", RiskyPlace("network", "cifs")),
        ("/home/aylin/Documents/coordinator.sqlite", None),
        ("/tmp/coordinator.sqlite", None),
        ("/home/aylin/dropbox-notes/coordinator.sqlite", None),
    ],
)
def test_places_are_told_apart(path: str, expected: RiskyPlace | None) -> None:
    assert risky_place(Path(path), MOUNTS) == expected


def test_a_file_named_like_a_sync_client_is_no_risk() -> None:
    assert risky_place(Path("/home/aylin/Documents/OneDrive.sqlite"), MOUNTS) is None


def test_a_windows_network_path_is_a_network_share() -> None:
    place = risky_place(Path("//fileserver/ir/coordinator.sqlite"), "")
    assert place is not None
    assert place.kind == "network"


def test_the_test_folder_is_safe(tmp_path: Path) -> None:
    assert risky_place(tmp_path / "coordinator.sqlite") is None
