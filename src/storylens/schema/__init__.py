"""The story export contract (story.schema.json), shipped with the package."""
