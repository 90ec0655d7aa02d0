"""The four required packages import together (hazm 0.10 pins numpy 1.24, pyarrow 26 needs numpy 2)."""


def test_datasets_polars_hazm_jsonschema_import_together():
    import datasets
    import hazm
    import jsonschema
    import numpy
    import polars
    import pyarrow

    assert int(pyarrow.__version__.split(".")[0]) < 26
    assert numpy.__version__.startswith("1.24")
    assert hazm.Normalizer().normalize("ي") == "ی"
    assert datasets.__version__ and polars.__version__ and jsonschema.Draft202012Validator
