"""newsbrief: turn news articles into briefings and publish them as a static site.

The pipeline, one module per stage::

    load      files -> Article            (newsbrief.load)
    extract   Article -> Briefing         (newsbrief.extract)
    store     Briefing <-> YAML           (newsbrief.store)
    model     briefings -> Site           (newsbrief.model)
    render    Site + templates -> pages   (newsbrief.render)
    write     pages -> output folder      (newsbrief.write)

``newsbrief.pipeline.build`` runs them in order; ``newsbrief.cli`` is a thin
click layer over that API.
"""

__version__ = "0.1.0"
