"""Files people exchange with judge-app: CSV and XLSX in, CSV/XLSX/JSON out."""
