"""Shared fixtures for the newsbrief test suite.

* ``repo_root``     the checkout (read only: tests never write into it)
* ``demo_project``  a fresh copy of the repo's newsbrief.yaml and content/ in tmp_path
* ``demo_site``     the demo built once per session (read only; copy it before changing anything)
* ``--update-golden`` rewrites tests/golden/*.yaml instead of comparing (see README, Development)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import REPO_ROOT, BuiltSite, build_demo, copy_demo


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files in tests/golden/ from the current extractor instead of comparing",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture
def demo_project(tmp_path: Path) -> Path:
    """A private copy of the demo project; the default theme (templates/) comes from the package."""
    return copy_demo(tmp_path / "project")


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    """The demo content built once for the session with default settings (do not modify)."""
    root = tmp_path_factory.mktemp("demo")
    project = copy_demo(root / "project")
    return build_demo(project, root / "site")


@pytest.fixture(autouse=True)
def _check_carried_keys(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """In the incremental tests, every key that a build carries over from the previous one
    (keys.CARRIED) is made as well, and must be the same."""
    if request.module.__name__.startswith("test_incremental_"):
        from newsbrief import keys
        monkeypatch.setattr(keys, "CHECK_CARRIED", True)
