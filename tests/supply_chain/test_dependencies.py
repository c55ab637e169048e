"""Every declared dependency is used, and the lock file pins every one of them with hashes."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "requirements.lock"
# Used without an import statement of ours; each needs its reason.
USED_WITHOUT_IMPORT = {
    "python-multipart": "FastAPI parses the UI's form bodies with it (imported by starlette)",
    "psycopg": "SQLAlchemy loads it for postgresql+psycopg:// URLs (store/database.py)",
    "faiss-cpu": "python-threatexchange's PDQIndex (benchmarks/pdq_index.py) imports faiss undeclared",
}
# The bench extra is not installed by `make test`: the modules of those distributions, by name.
NOT_INSTALLED_MODULES = {"threatexchange": {"threatexchange"}, "datasketch": {"datasketch"}}


def declared(extra: str | None = None) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lines = project["dependencies"] if extra is None else project["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


@cache
def import_names_of() -> dict[str, set[str]]:
    """Distribution name -> the top-level modules it installs (the inverse of packages_distributions)."""
    names: dict[str, set[str]] = {}
    for module, dists in packages_distributions().items():
        for dist in dists:
            names.setdefault(canonicalize_name(dist), set()).add(module)
    return names


def imported_under(folder: Path) -> set[str]:
    """Top-level names of every module imported anywhere under `folder`, function-level imports included."""
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found


def unused(requirements: list[Requirement], folder: Path) -> list[str]:
    imported = imported_under(folder)
    problems = []
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        if name in USED_WITHOUT_IMPORT:
            continue
        modules = import_names_of().get(name) or NOT_INSTALLED_MODULES.get(name)
        if not modules:
            problems.append(f"{requirement.name}: declared but not installed (run `make lock`, then make)")
        elif not modules & imported:
            shown = ", ".join(sorted(modules))
            problems.append(f"{requirement.name}: declared, but none of its modules ({shown}) is imported")
    return problems


def test_every_runtime_dependency_is_imported_under_src() -> None:
    assert unused(declared(), ROOT / "src") == []


def test_every_bench_dependency_is_imported_by_a_benchmark() -> None:
    assert unused(declared("bench"), ROOT / "benchmarks") == []


def test_the_check_notices_an_unused_dependency() -> None:
    # pytest is installed but no module under src/ imports it.
    assert unused([Requirement("pytest>=8")], ROOT / "src") == [
        "pytest: declared, but none of its modules (_pytest, py, pytest) is imported"
    ]


def test_used_without_import_names_only_declared_dependencies() -> None:
    names = {canonicalize_name(r.name) for r in declared() + declared("bench")}
    assert set(USED_WITHOUT_IMPORT) <= names


_PIN = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)", re.MULTILINE)


def locked() -> dict[str, str]:
    return {canonicalize_name(name): version for name, version in _PIN.findall(LOCK.read_text())}


def test_the_lock_pins_every_declared_dependency_to_a_version_it_allows() -> None:
    pins = locked()
    stale = []
    for requirement in declared() + declared("test"):
        version = pins.get(canonicalize_name(requirement.name))
        if version is None or not requirement.specifier.contains(version, prereleases=True):
            stale.append(f"{requirement}: locked at {version}")
    assert stale == [], "requirements.lock is out of date with pyproject.toml: run `make lock`"


def test_every_locked_package_has_a_hash() -> None:
    blocks = re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text())[1:]  # [0] is the header comment
    assert len(blocks) == len(locked()) > 50
    assert [b.split()[0] for b in blocks if "--hash=sha256:" not in b] == []


def undeclared(folder: Path) -> list[str]:
    """Third-party modules imported under `folder` whose distribution is not a declared dependency."""
    names = {canonicalize_name(r.name) for r in declared()}
    distributions = packages_distributions()
    problems = []
    for module in sorted(imported_under(folder)):
        if module in sys.stdlib_module_names or module == "safeguarding":
            continue
        dists = {canonicalize_name(d) for d in distributions.get(module, [])}
        if not dists & names:
            problems.append(
                f"{module}: imported under {folder.name}/ but {sorted(dists) or 'nothing'} not declared"
            )
    return problems


def test_every_module_imported_under_src_is_declared() -> None:
    # What only arrives through another package can vanish with that package's next release.
    assert undeclared(ROOT / "src") == []
