"""Optional sync with the programme's central server: protocol, client, merge, server.

Nothing here imports Qt; the window drives `client.SyncClient` from a worker thread.
"""
