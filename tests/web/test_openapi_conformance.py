"""Schemathesis against the app's own /api/openapi.json, in process: generated requests (valid
and invalid) to every API route must never answer a server error, a status the schema does not
list, or a body that does not match it. Bounded examples keep it to seconds on CI."""

import shutil
import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance, status_code_conformance

from storylens.store import open_store
from storylens.web.app import create_app

# Built at import: schemathesis makes one test per API operation when the module is collected.
# A store of its own, since generated uploads may start ingest jobs; "testserver" is the Host
# name of schemathesis' in-process client.
_folder = Path(tempfile.mkdtemp(prefix="storylens-schemathesis-"))
app = create_app(store=open_store(str(_folder / "api.db")), allowed_hosts=["testserver"])
schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)


@pytest.fixture(scope="module", autouse=True)
def _close_the_app():
    yield
    app.state.service.close()
    shutil.rmtree(_folder, ignore_errors=True)


@schema.parametrize()
@pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisDeprecationWarning")  # raised inside schemathesis
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_api_answers_only_what_its_schema_documents(case):
    case.call_and_validate(checks=[not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance])
