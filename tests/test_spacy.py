"""The components work inside a user's own spaCy pipeline and survive serialisation."""

import spacy
from spacy.tokens import DocBin

import ombnlp
from ombnlp.document import Decision
from tests import texts


def test_factories_are_registered_through_entry_points():
    from spacy.util import registry
    factories = registry.factories.get_all()
    assert {"ombnlp_sections", "ombnlp_header", "ombnlp_points", "ombnlp_disposal"} <= set(factories)


def test_components_in_a_users_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in ("ombnlp_sections", "ombnlp_header", "ombnlp_points", "ombnlp_disposal"):
        nlp.add_pipe(name)
    doc = nlp(texts.CURRENT)
    assert [s.label_ for s in doc.spans["ombnlp_points"]] == ["a", "b", "c"]
    assert set(doc._.ombnlp_disposals) == {"a", "b", "c"}


def test_results_survive_docbin(analyzer):
    doc = analyzer.nlp(texts.CURRENT)
    expected = Decision.from_doc(doc).to_dict()
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    restored = list(DocBin(store_user_data=True).from_bytes(data).get_docs(spacy.blank("en").vocab))[0]
    assert Decision.from_doc(restored).to_dict() == expected


def test_pipeline_to_disk_and_back(analyzer, tmp_path):
    analyzer.nlp.to_disk(tmp_path / "pipeline")
    nlp = spacy.load(tmp_path / "pipeline")
    reloaded = ombnlp.Analyzer(nlp)
    assert reloaded.analyse(texts.CURRENT).to_dict() == analyzer.analyse(texts.CURRENT).to_dict()
