from survivor_vault.cli import main

raise SystemExit(main())
