"""The Reports menu: PDF report, signature, verification, Excel, signing identities."""
