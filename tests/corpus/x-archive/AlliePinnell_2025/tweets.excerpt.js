window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546943811288432640"
          ],
          "editableUntil" : "2022-07-12T20:15:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "251"
      ],
      "favorite_count" : "769",
      "in_reply_to_status_id_str" : "1546943108016898050",
      "id_str" : "1546943811288432640",
      "in_reply_to_user_id" : "715628873967271936",
      "truncated" : false,
      "retweet_count" : "42",
      "id" : "1546943811288432640",
      "in_reply_to_status_id" : "1546943108016898050",
      "created_at" : "Tue Jul 12 19:45:20 +0000 2022",
      "favorited" : false,
      "full_text" : "Anyways, rant over, Origins is fine imo. It does what it set out to do, has some issues, but nothing that really affects the game. I have better ways of playing these games, and Origins’ Sonic 3 was very fun to play. Origins is not “Absolute Shit” 4/4",
      "lang" : "en",
      "in_reply_to_screen_name" : "alystyle_",
      "in_reply_to_user_id_str" : "715628873967271936"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546943108016898050"
          ],
          "editableUntil" : "2022-07-12T20:12:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "279"
      ],
      "favorite_count" : "692",
      "in_reply_to_status_id_str" : "1546942123597078530",
      "id_str" : "1546943108016898050",
      "in_reply_to_user_id" : "715628873967271936",
      "truncated" : false,
      "retweet_count" : "30",
      "id" : "1546943108016898050",
      "in_reply_to_status_id" : "1546942123597078530",
      "created_at" : "Tue Jul 12 19:42:32 +0000 2022",
      "favorited" : false,
      "full_text" : "the first version, We started to just lose interest. I found it to become more of a chore to fix it then something fun. We also had other projects to work on, with much greater goals and more fun to work on, so I didn’t really see any reason to keep working on BetterOrigins. 3/?",
      "lang" : "en",
      "in_reply_to_screen_name" : "alystyle_",
      "in_reply_to_user_id_str" : "715628873967271936"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546942123597078530"
          ],
          "editableUntil" : "2022-07-12T20:08:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "273"
      ],
      "favorite_count" : "797",
      "in_reply_to_status_id_str" : "1546940799727931398",
      "id_str" : "1546942123597078530",
      "in_reply_to_user_id" : "715628873967271936",
      "truncated" : false,
      "retweet_count" : "33",
      "id" : "1546942123597078530",
      "in_reply_to_status_id" : "1546940799727931398",
      "created_at" : "Tue Jul 12 19:38:37 +0000 2022",
      "favorited" : false,
      "full_text" : "Origins being bad wasn’t even the main reason the mod got cancelled. Me and the other people who were working on it just got tired of fixing origins. We started with a lot of excitement, origins has a ton of potential and does a lot of things right. But as we released… 2/?",
      "lang" : "en",
      "in_reply_to_screen_name" : "alystyle_",
      "in_reply_to_user_id_str" : "715628873967271936"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1546940799727931398"
          ],
          "editableUntil" : "2022-07-12T20:03:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/Ax6zC09wtg",
            "expanded_url" : "https://x.com/VGC_News/status/1546816527122538496",
            "display_url" : "x.com/VGC_News/statu…",
            "indices" : [
              "277",
              "300"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "300"
      ],
      "favorite_count" : "3061",
      "id_str" : "1546940799727931398",
      "truncated" : false,
      "retweet_count" : "387",
      "id" : "1546940799727931398",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jul 12 19:33:22 +0000 2022",
      "favorited" : false,
      "full_text" : "crazy how this can happens\n\nYes, I think origins is bad, it’s overpriced, it has bugs, drm stinks, but absolute shit was a huge exaggeration on my part. When I wrote that update, I was frustrated with origins modding and didn’t write what I  really thought about the game. 1/? https://t.co/Ax6zC09wtg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1335726152141447170"
          ],
          "editableUntil" : "2020-12-07T00:21:45.919Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Funimation Help",
            "screen_name" : "FunimationHelp",
            "indices" : [
              "22",
              "37"
            ],
            "id_str" : "1563671983",
            "id" : "1563671983"
          },
          {
            "name" : "Funimation",
            "screen_name" : "Funimation",
            "indices" : [
              "38",
              "49"
            ],
            "id_str" : "17444764",
            "id" : "17444764"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "49"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1335380509438963719",
      "id_str" : "1335726152141447170",
      "in_reply_to_user_id" : "715628873967271936",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1335726152141447170",
      "in_reply_to_status_id" : "1335380509438963719",
      "created_at" : "Sun Dec 06 23:21:45 +0000 2020",
      "favorited" : false,
      "full_text" : "Day 2 of no response: @FunimationHelp @FUNimation",
      "lang" : "en",
      "in_reply_to_screen_name" : "alystyle_",
      "in_reply_to_user_id_str" : "715628873967271936"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1335410596750258178"
          ],
          "editableUntil" : "2020-12-06T03:27:51.651Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Funimation",
            "screen_name" : "Funimation",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "17444764",
            "id" : "17444764"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "11"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1335380509438963719",
      "id_str" : "1335410596750258178",
      "in_reply_to_user_id" : "715628873967271936",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1335410596750258178",
      "in_reply_to_status_id" : "1335380509438963719",
      "created_at" : "Sun Dec 06 02:27:51 +0000 2020",
      "favorited" : false,
      "full_text" : "@FUNimation",
      "lang" : "qam",
      "in_reply_to_screen_name" : "alystyle_",
      "in_reply_to_user_id_str" : "715628873967271936"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1335380509438963719"
          ],
          "editableUntil" : "2020-12-06T01:28:18.277Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Funimation Help",
            "screen_name" : "FunimationHelp",
            "indices" : [
              "4",
              "19"
            ],
            "id_str" : "1563671983",
            "id" : "1563671983"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "248"
      ],
      "favorite_count" : "2",
      "id_str" : "1335380509438963719",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1335380509438963719",
      "created_at" : "Sun Dec 06 00:28:18 +0000 2020",
      "favorited" : false,
      "full_text" : "Hey @FunimationHelp, I have written multiple support tickets to you about my credit balance (about 50$ US) that was taken off my account for no reason. I've had no response to any of my tickets for multiple weeks. Can someone help solve this issue?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1246260278951645184"
          ],
          "editableUntil" : "2020-04-04T03:16:19.555Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246260278951645184/photo/1",
            "indices" : [
              "162",
              "185"
            ],
            "url" : "https://t.co/NcDQgKzovA",
            "media_url" : "http://pbs.twimg.com/media/EUuZ1xeWAAYwMJ8.jpg",
            "id_str" : "1246258870990798854",
            "id" : "1246258870990798854",
            "media_url_https" : "https://pbs.twimg.com/media/EUuZ1xeWAAYwMJ8.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1366",
                "h" : "768",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/NcDQgKzovA"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "185"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1246257838571360260",
      "id_str" : "1246260278951645184",
      "in_reply_to_user_id" : "715628873967271936",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1246260278951645184",
      "in_reply_to_status_id" : "1246257838571360260",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 04 02:16:19 +0000 2020",
      "favorited" : false,
      "full_text" : "There will be many other additions and changes including colour changes to the Title Card, New Continue screens as well as @Codenamegamma's Mighty Wall Kick mod. https://t.co/NcDQgKzovA",
      "lang" : "en",
      "in_reply_to_screen_name" : "alystyle_",
      "in_reply_to_user_id_str" : "715628873967271936",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246260278951645184/photo/1",
            "indices" : [
              "162",
              "185"
            ],
            "url" : "https://t.co/NcDQgKzovA",
            "media_url" : "http://pbs.twimg.com/media/EUuZ1xeWAAYwMJ8.jpg",
            "id_str" : "1246258870990798854",
            "id" : "1246258870990798854",
            "media_url_https" : "https://pbs.twimg.com/media/EUuZ1xeWAAYwMJ8.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1366",
                "h" : "768",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/NcDQgKzovA"
          },
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246260278951645184/photo/1",
            "indices" : [
              "162",
              "185"
            ],
            "url" : "https://t.co/NcDQgKzovA",
            "media_url" : "http://pbs.twimg.com/media/EUuZ6k6XgAEiJce.jpg",
            "id_str" : "1246258953518022657",
            "id" : "1246258953518022657",
            "media_url_https" : "https://pbs.twimg.com/media/EUuZ6k6XgAEiJce.jpg",
            "sizes" : {
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "1366",
                "h" : "768",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/NcDQgKzovA"
          },
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246260278951645184/photo/1",
            "indices" : [
              "162",
              "185"
            ],
            "url" : "https://t.co/NcDQgKzovA",
            "media_url" : "http://pbs.twimg.com/media/EUuaHj5XgAEj2-C.jpg",
            "id_str" : "1246259176583692289",
            "id" : "1246259176583692289",
            "media_url_https" : "https://pbs.twimg.com/media/EUuaHj5XgAEj2-C.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1366",
                "h" : "768",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/NcDQgKzovA"
          },
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246260278951645184/photo/1",
            "indices" : [
              "162",
              "185"
            ],
            "url" : "https://t.co/NcDQgKzovA",
            "media_url" : "http://pbs.twimg.com/media/EUuaJAtXgAAtkTX.jpg",
            "id_str" : "1246259201497858048",
            "id" : "1246259201497858048",
            "media_url_https" : "https://pbs.twimg.com/media/EUuaJAtXgAAtkTX.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1366",
                "h" : "768",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/NcDQgKzovA"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1246257838571360260"
          ],
          "editableUntil" : "2020-04-04T03:06:37.723Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246257838571360260/photo/1",
            "indices" : [
              "203",
              "226"
            ],
            "url" : "https://t.co/eTMDgpuJiu",
            "media_url" : "http://pbs.twimg.com/media/EUuYv1jXkAAe6nj.jpg",
            "id_str" : "1246257669494771712",
            "id" : "1246257669494771712",
            "media_url_https" : "https://pbs.twimg.com/media/EUuYv1jXkAAe6nj.jpg",
            "sizes" : {
              "large" : {
                "w" : "1366",
                "h" : "768",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/eTMDgpuJiu"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "226"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1246256891132608512",
      "id_str" : "1246257838571360260",
      "in_reply_to_user_id" : "715628873967271936",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1246257838571360260",
      "in_reply_to_status_id" : "1246256891132608512",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 04 02:06:37 +0000 2020",
      "favorited" : false,
      "full_text" : "All the UFO Special Stages (Mania Mode &amp; Encore Mode) have been changed to look more like the Chaotix bonus stages. Big Thanks to The Vagabond for making the Ring Model and changing the backgrounds! https://t.co/eTMDgpuJiu",
      "lang" : "en",
      "in_reply_to_screen_name" : "alystyle_",
      "in_reply_to_user_id_str" : "715628873967271936",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246257838571360260/photo/1",
            "indices" : [
              "203",
              "226"
            ],
            "url" : "https://t.co/eTMDgpuJiu",
            "media_url" : "http://pbs.twimg.com/media/EUuYv1jXkAAe6nj.jpg",
            "id_str" : "1246257669494771712",
            "id" : "1246257669494771712",
            "media_url_https" : "https://pbs.twimg.com/media/EUuYv1jXkAAe6nj.jpg",
            "sizes" : {
              "large" : {
                "w" : "1366",
                "h" : "768",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/eTMDgpuJiu"
          },
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246257838571360260/photo/1",
            "indices" : [
              "203",
              "226"
            ],
            "url" : "https://t.co/eTMDgpuJiu",
            "media_url" : "http://pbs.twimg.com/media/EUuYv2eXQAY_zb9.jpg",
            "id_str" : "1246257669742215174",
            "id" : "1246257669742215174",
            "media_url_https" : "https://pbs.twimg.com/media/EUuYv2eXQAY_zb9.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1366",
                "h" : "768",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/eTMDgpuJiu"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1246256891132608512"
          ],
          "editableUntil" : "2020-04-04T03:02:51.836Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246256891132608512/photo/1",
            "indices" : [
              "110",
              "133"
            ],
            "url" : "https://t.co/2l8EyxJaT7",
            "media_url" : "http://pbs.twimg.com/media/EUuXS1bXgAEHcu-.jpg",
            "id_str" : "1246256071733379073",
            "id" : "1246256071733379073",
            "media_url_https" : "https://pbs.twimg.com/media/EUuXS1bXgAEHcu-.jpg",
            "sizes" : {
              "large" : {
                "w" : "1366",
                "h" : "768",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/2l8EyxJaT7"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1246254760535166976",
      "id_str" : "1246256891132608512",
      "in_reply_to_user_id" : "715628873967271936",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1246256891132608512",
      "in_reply_to_status_id" : "1246254760535166976",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 04 02:02:51 +0000 2020",
      "favorited" : false,
      "full_text" : "The boss has been changed to look like the boss from Techno Tower and we have also added the Eggman pictures. https://t.co/2l8EyxJaT7",
      "lang" : "en",
      "in_reply_to_screen_name" : "alystyle_",
      "in_reply_to_user_id_str" : "715628873967271936",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246256891132608512/photo/1",
            "indices" : [
              "110",
              "133"
            ],
            "url" : "https://t.co/2l8EyxJaT7",
            "media_url" : "http://pbs.twimg.com/media/EUuXS1bXgAEHcu-.jpg",
            "id_str" : "1246256071733379073",
            "id" : "1246256071733379073",
            "media_url_https" : "https://pbs.twimg.com/media/EUuXS1bXgAEHcu-.jpg",
            "sizes" : {
              "large" : {
                "w" : "1366",
                "h" : "768",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/2l8EyxJaT7"
          },
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246256891132608512/photo/1",
            "indices" : [
              "110",
              "133"
            ],
            "url" : "https://t.co/2l8EyxJaT7",
            "media_url" : "http://pbs.twimg.com/media/EUuXS2SXQAEL6ma.jpg",
            "id_str" : "1246256071964049409",
            "id" : "1246256071964049409",
            "media_url_https" : "https://pbs.twimg.com/media/EUuXS2SXQAEL6ma.jpg",
            "sizes" : {
              "medium" : {
                "w" : "1200",
                "h" : "675",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "382",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "large" : {
                "w" : "1366",
                "h" : "768",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/2l8EyxJaT7"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1246254760535166976"
          ],
          "editableUntil" : "2020-04-04T02:54:23.862Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246254760535166976/video/1",
            "indices" : [
              "224",
              "247"
            ],
            "url" : "https://t.co/ef8CSEtTxX",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1246254628255289347/pu/img/pU1D8vhtjmu99KRc.jpg",
            "id_str" : "1246254628255289347",
            "id" : "1246254628255289347",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1246254628255289347/pu/img/pU1D8vhtjmu99KRc.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "384",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1276",
                "h" : "720",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "677",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/ef8CSEtTxX"
          }
        ],
        "hashtags" : [
          {
            "text" : "ChaotixMania",
            "indices" : [
              "22",
              "35"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "247"
      ],
      "favorite_count" : "3",
      "id_str" : "1246254760535166976",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1246254760535166976",
      "possibly_sensitive" : false,
      "created_at" : "Sat Apr 04 01:54:23 +0000 2020",
      "favorited" : false,
      "full_text" : "Some more progress on #ChaotixMania: Demo 3 which will release this summer. This demo will include Techno Tower Act 1 &amp; Isolated Island Act 1, as well as the UFO Special Stages having a new background and new 3D models. https://t.co/ef8CSEtTxX",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/XanmanP/status/1246254760535166976/video/1",
            "indices" : [
              "224",
              "247"
            ],
            "url" : "https://t.co/ef8CSEtTxX",
            "media_url" : "http://pbs.twimg.com/ext_tw_video_thumb/1246254628255289347/pu/img/pU1D8vhtjmu99KRc.jpg",
            "id_str" : "1246254628255289347",
            "video_info" : {
              "aspect_ratio" : [
                "319",
                "180"
              ],
              "duration_millis" : "29322",
              "variants" : [
                {
                  "bitrate" : "2176000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1246254628255289347/pu/vid/1276x720/Jt5JZWMfIy1ABE_V.mp4?tag=10"
                },
                {
                  "content_type" : "application/x-mpegURL",
                  "url" : "https://video.twimg.com/ext_tw_video/1246254628255289347/pu/pl/MrvFYtZ3nvg1AwEH.m3u8?tag=10"
                },
                {
                  "bitrate" : "256000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1246254628255289347/pu/vid/478x270/xYqPfoGkJ3T4WrsP.mp4?tag=10"
                },
                {
                  "bitrate" : "832000",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/ext_tw_video/1246254628255289347/pu/vid/638x360/hSul72jSwYqjEXgE.mp4?tag=10"
                }
              ]
            },
            "additional_media_info" : {
              "monetizable" : false
            },
            "id" : "1246254628255289347",
            "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1246254628255289347/pu/img/pU1D8vhtjmu99KRc.jpg",
            "sizes" : {
              "small" : {
                "w" : "680",
                "h" : "384",
                "resize" : "fit"
              },
              "large" : {
                "w" : "1276",
                "h" : "720",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "medium" : {
                "w" : "1200",
                "h" : "677",
                "resize" : "fit"
              }
            },
            "type" : "video",
            "display_url" : "pic.x.com/ef8CSEtTxX"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1139303807358263297"
          ],
          "editableUntil" : "2019-06-13T23:49:29.572Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://x.com/XanmanP/status/1139303807358263297/photo/1",
            "indices" : [
              "113",
              "136"
            ],
            "url" : "https://t.co/MK02sQRwdU",
            "media_url" : "http://pbs.twimg.com/tweet_video_thumb/D8-ewv0XUAE_X0l.jpg",
            "id_str" : "1139303791055032321",
            "id" : "1139303791055032321",
            "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/D8-ewv0XUAE_X0l.jpg",
            "sizes" : {
              "large" : {
                "w" : "498",
                "h" : "256",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "498",
                "h" : "256",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "498",
                "h" : "256",
                "resize" : "fit"
              }
            },
            "type" : "photo",
            "display_url" : "pic.x.com/MK02sQRwdU"
          }
        ],
        "hashtags" : [
          {
            "text" : "SmashBrosUltimate",
            "indices" : [
              "35",
              "53"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1137873546099810304",
      "id_str" : "1139303807358263297",
      "in_reply_to_user_id" : "715628873967271936",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1139303807358263297",
      "in_reply_to_status_id" : "1137873546099810304",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jun 13 22:49:29 +0000 2019",
      "favorited" : false,
      "full_text" : "Can't believe they announced 2 new #SmashBrosUltimate, one of them being Banjo-Kazooie. Excited for my new main! https://t.co/MK02sQRwdU",
      "lang" : "en",
      "in_reply_to_screen_name" : "alystyle_",
      "in_reply_to_user_id_str" : "715628873967271936",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/XanmanP/status/1139303807358263297/photo/1",
            "indices" : [
              "113",
              "136"
            ],
            "url" : "https://t.co/MK02sQRwdU",
            "media_url" : "http://pbs.twimg.com/tweet_video_thumb/D8-ewv0XUAE_X0l.jpg",
            "id_str" : "1139303791055032321",
            "video_info" : {
              "aspect_ratio" : [
                "249",
                "128"
              ],
              "variants" : [
                {
                  "bitrate" : "0",
                  "content_type" : "video/mp4",
                  "url" : "https://video.twimg.com/tweet_video/D8-ewv0XUAE_X0l.mp4"
                }
              ]
            },
            "id" : "1139303791055032321",
            "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/D8-ewv0XUAE_X0l.jpg",
            "sizes" : {
              "large" : {
                "w" : "498",
                "h" : "256",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "498",
                "h" : "256",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              },
              "small" : {
                "w" : "498",
                "h" : "256",
                "resize" : "fit"
              }
            },
            "type" : "animated_gif",
            "display_url" : "pic.x.com/MK02sQRwdU"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1137873546099810304"
          ],
          "editableUntil" : "2019-06-10T01:06:08.715Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SmashBrosUltimate",
            "indices" : [
              "69",
              "87"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/hVOQa8fAI4",
            "expanded_url" : "https://x.com/NintendoAmerica/status/1137856901495103488",
            "display_url" : "x.com/NintendoAmeric…",
            "indices" : [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "id_str" : "1137873546099810304",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1137873546099810304",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 10 00:06:08 +0000 2019",
      "favorited" : false,
      "full_text" : "For once in my life, I’m finally excited for a Tuesday. I hope a new #SmashBrosUltimate character gets announced! https://t.co/hVOQa8fAI4",
      "lang" : "en"
    }
  }
]