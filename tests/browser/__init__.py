"""Browser and site-output tests (issue 5): a small fixture site and the checks a reader would make."""
