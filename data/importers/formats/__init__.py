"""One module per importable format, each with one :class:`data.importers.common.EventFormat`
instance named ``FORMAT``.  :mod:`data.importers.registry` finds them all: adding a format
is adding one module here.
"""
