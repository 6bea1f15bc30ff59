"""Reports: signed PDF report, signature verification, Excel autodiagnostic workbook. No Qt here."""
