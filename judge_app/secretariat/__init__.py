"""The secretariat's use cases on a master: setting up the round (definition, entries, panel,
packages), merging the returned packages, the results and their exports, the signed Rekapitulasi
and Berita Acara, the letterhead and officials, keys (ARCHITECTURE §6, §8)."""
