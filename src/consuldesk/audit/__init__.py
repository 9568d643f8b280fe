"""The audit trail: every state change writes an AuditEvent."""
