"""app.api.routers: one module per resource; each exposes `router`."""
