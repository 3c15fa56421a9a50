window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "-@-.com",
      "createdVia" : "oauth:3033300",
      "username" : "milahu104",
      "accountId" : "1964312974236991488",
      "createdAt" : "2025-09-06T13:02:20.496Z",
      "accountDisplayName" : "Milan Hauth"
    }
  }
]