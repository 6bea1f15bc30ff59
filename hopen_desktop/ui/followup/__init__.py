"""Follow-up over time and between laptops: campaign history, the GHT view, audit bundles."""
