"""The serve command: the local web page, on the same core as the CLI."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import click

from seminar_search.cli.common import UserError, index_option, open_reader

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@click.command()
@index_option
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port to listen on."
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (loopback: this machine only).",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the browser.")
def serve(index_dir: Path | None, port: int, host: str, open_browser: bool) -> None:
    """Serve the index read-only as a local web page: search, read and cite in a browser.

    \b
    Examples:
      seminar-search serve --open
      seminar-search serve --index reports --port 8080

    Needs the web extra: pip install 'seminar-search[web]'. Ctrl-C stops it.
    """
    try:
        from werkzeug.serving import make_server

        from seminar_search.web import close_readers, create_app
    except ImportError:
        raise UserError("serve needs the web extra: pip install 'seminar-search[web]'") from None
    with open_reader(index_dir) as reader:  # builds the seed index on first use, as search does
        location = reader.location
    if host not in LOOPBACK:
        click.echo(f"warning: listening on {host}: the index is visible to the network", err=True)
    app = create_app(location)
    try:
        server = make_server(host, port, app, threaded=True)
    except OSError as error:
        raise UserError(f"cannot listen on {host}:{port} ({error.strerror})") from None
    url = f"http://{host if ':' not in host else f'[{host}]'}:{server.port}/"
    click.echo(f"Serving {location} at {url} (Ctrl-C stops)", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    # Ctrl-C (or a kill) asks the loop to stop from another thread, rather than raising
    # KeyboardInterrupt wherever the main thread happens to be, a lock held perhaps
    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, lambda *_: threading.Thread(target=server.shutdown).start())
    try:
        server.serve_forever()
    finally:
        server.server_close()
        close_readers(app)
    click.echo("stopped", err=True)


COMMANDS = [serve]
