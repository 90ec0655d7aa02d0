"""Sample-2 judgements (random.Random(910), final code): wrong records by (file, start); missed numbers."""
WRONG = {
 ("irnews/2759_500704ef816b694b.txt", 1130): ("refer_list", "شامل دو مدل کراس اوور 3 درب و وانت: its own list (39)"),
}
MISSED = [
 ("farsnews/1097_25c9816ef153282b.txt", 1178, "claim", "یک دوره", "count 1 in a list of counts (چهار دوره … سه دوره … و یک دوره) missed"),
]
MENTION_KEYS = {}
