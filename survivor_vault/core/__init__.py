"""Domain types and use cases. No Qt, no SQL.

The domain-type modules (goals, services, about_me, people, permissions,
sharing_history, activity, errors) import nothing from this project, so that
`storage` can return them; `vault` is the use-case facade over `storage`.
"""
