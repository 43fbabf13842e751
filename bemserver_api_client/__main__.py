"""`python -m bemserver_api_client`: the command line (`bemserver-api-client`)."""

import sys

if __name__ == "__main__":
    from ._cli import main

    sys.exit(main())
