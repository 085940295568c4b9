"""Setting a firm folder up: what `relancebot init` writes."""

from relancebot.setup.firm_folder import FirmFolderExists, InitResult, init_firm_folder

__all__ = ["FirmFolderExists", "InitResult", "init_firm_folder"]
