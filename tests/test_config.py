"""newsbrief.yaml: typed settings, errors that name the key and the line, defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.config import Config, load_config
from newsbrief.errors import NewsbriefError


def _write_config(folder: Path, text: str) -> Path:
    path = folder / "newsbrief.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_config_file(tmp_path):
    cfg = load_config(tmp_path)
    assert cfg.config_path is None
    assert cfg.project_dir == tmp_path.resolve()
    assert cfg.title == Config.title
    assert cfg.base_url == ""
    assert cfg.language == "en"
    assert cfg.per_page == 20
    assert cfg.content_dir == tmp_path.resolve() / "content"
    assert cfg.output_dir == tmp_path.resolve() / "site"
    assert cfg.templates_dir == tmp_path.resolve() / "templates"
    assert cfg.articles_dir == cfg.content_dir / "articles"
    assert cfg.briefings_dir == cfg.content_dir / "briefings"
    assert cfg.topics_file == cfg.content_dir / "topics.yaml"


def test_empty_config_file_gives_defaults(tmp_path):
    path = _write_config(tmp_path, "# nothing set\n")
    cfg = load_config(tmp_path)
    assert cfg.config_path == path
    assert cfg.output_dir == tmp_path.resolve() / "site"


def test_the_repo_config_loads(repo_root):
    cfg = load_config(repo_root)
    assert cfg.title.startswith("newsbrief demo")
    assert cfg.content_dir == repo_root / "content"


def test_settings_are_read_and_paths_resolved_against_the_project(tmp_path):
    _write_config(tmp_path, "title: My briefs\nper_page: 5\ncontent_dir: news\noutput_dir: public\n"
                            "templates_dir: theme\nauthor: Desk\n")
    cfg = load_config(tmp_path)
    assert (cfg.title, cfg.per_page, cfg.author) == ("My briefs", 5, "Desk")
    assert cfg.content_dir == tmp_path.resolve() / "news"
    assert cfg.output_dir == tmp_path.resolve() / "public"
    assert cfg.templates_dir == tmp_path.resolve() / "theme"


def test_overrides_win_over_the_file_and_none_means_not_given(tmp_path):
    _write_config(tmp_path, "output_dir: public\nbase_url: /from-file/\n")
    cfg = load_config(tmp_path, output_dir=tmp_path / "elsewhere", base_url=None)
    assert cfg.output_dir == tmp_path / "elsewhere"
    assert cfg.base_url == "/from-file/"


def test_unknown_setting_names_the_key_and_line(tmp_path):
    path = _write_config(tmp_path, "title: T\n\nbase_ulr: https://example.org/\n")
    with pytest.raises(NewsbriefError) as info:
        load_config(tmp_path)
    err = info.value
    assert err.path == str(path)
    assert err.line == 3
    assert "base_ulr" in err.message
    assert "base_url" in err.message   # the known settings are listed
    assert str(err).startswith(f"{path}:3: ")


def test_invalid_yaml_names_the_line(tmp_path):
    path = _write_config(tmp_path, "title: T\ndescription: [unclosed\nlanguage: en\n")
    with pytest.raises(NewsbriefError) as info:
        load_config(tmp_path)
    assert info.value.path == str(path)
    assert info.value.line is not None


def test_config_must_be_a_mapping(tmp_path):
    _write_config(tmp_path, "- title\n- base_url\n")
    with pytest.raises(NewsbriefError, match="mapping"):
        load_config(tmp_path)


@pytest.mark.parametrize("given, expected", [
    ("https://example.org/briefs/", "https://example.org/briefs/"),
    ("https://example.org/briefs", "https://example.org/briefs/"),
    ("http://localhost:8000", "http://localhost:8000/"),
    ("/briefs", "/briefs/"),
    ("", ""),
])
def test_base_url_accepts_http_urls_and_absolute_paths_with_a_trailing_slash(tmp_path, given, expected):
    assert load_config(tmp_path, base_url=given).base_url == expected


@pytest.mark.parametrize("bad", ["ftp://example.org/", "example.org/briefs", "briefs/", "https://", "javascript:x"])
def test_base_url_rejects_anything_else_naming_the_key(tmp_path, bad):
    path = _write_config(tmp_path, f"title: T\nbase_url: '{bad}'\n")
    with pytest.raises(NewsbriefError) as info:
        load_config(tmp_path)
    assert "base_url" in info.value.message
    assert info.value.path == str(path)
    assert info.value.line == 2


def test_bad_base_url_override_does_not_blame_the_config_file(tmp_path):
    _write_config(tmp_path, "title: T\nbase_url: https://example.org/\n")
    with pytest.raises(NewsbriefError) as info:
        load_config(tmp_path, base_url="ftp://example.org/")
    assert info.value.line is None
    assert "newsbrief.yaml" not in str(info.value)


@pytest.mark.parametrize("text, key", [
    ("per_page: 0\n", "per_page"),
    ("per_page: many\n", "per_page"),
    ("per_page: true\n", "per_page"),
    ("title: [a, b]\n", "title"),
    ("language: 5\n", "language"),
    ("output_dir: ''\n", "output_dir"),
    ("content_dir: [a]\n", "content_dir"),
])
def test_wrong_types_name_the_setting(tmp_path, text, key):
    _write_config(tmp_path, text)
    with pytest.raises(NewsbriefError) as info:
        load_config(tmp_path)
    assert f"'{key}'" in info.value.message
    assert info.value.line == 1
