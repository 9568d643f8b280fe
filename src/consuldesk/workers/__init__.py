"""Background processing. The embedded default is an in-process thread over the database queue:
items stored as RECEIVED are the queue, so nothing is lost if the process stops mid-batch."""
