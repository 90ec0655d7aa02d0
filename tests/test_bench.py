"""``make bench`` keeps working: the benchmark runs end to end on a tiny corpus."""
from bench.speed import main


def test_the_benchmark_runs_on_a_tiny_corpus(sample_corpus, tmp_path, capsys):
    out = tmp_path / "bench.json"
    assert main(["--corpus", str(sample_corpus), "--limit", "12", "--copies", "2", "--workers", "2",
                 "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "hazm floor" in printed and "2x, 2 workers" in printed
    import json
    figures = json.loads(out.read_text())
    assert figures["summary"]["incremental_identical"] is True
    assert figures["runs"]["2x"]["articles"] == 2 * figures["runs"]["1x"]["articles"]
