window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552318600203190273"
          ],
          "editableUntil" : "2022-07-27T16:12:49.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RStudioConf",
            "indices" : [
              "98",
              "110"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1552312411591417860",
      "id_str" : "1552318600203190273",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552318600203190273",
      "in_reply_to_status_id" : "1552312411591417860",
      "created_at" : "Wed Jul 27 15:42:49 +0000 2022",
      "favorited" : false,
      "full_text" : "So far it looks like we'll have Jewish, Episcopalian, and Buddhist perspectives and experiences.  #RStudioConf",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552312824818458627"
          ],
          "editableUntil" : "2022-07-27T15:49:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/FeROEoyDro",
            "expanded_url" : "https://learningalliances.net/2022/07/musing-about-data-analytics-in-faith-based-organizations/",
            "display_url" : "learningalliances.net/2022/07/musing…",
            "indices" : [
              "100",
              "123"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1552312411591417860",
      "id_str" : "1552312824818458627",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552312824818458627",
      "in_reply_to_status_id" : "1552312411591417860",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 27 15:19:52 +0000 2022",
      "favorited" : false,
      "full_text" : "Here are some musings about the issues based on my recent experiences to kick off the conversation. https://t.co/FeROEoyDro",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552312651593703426"
          ],
          "editableUntil" : "2022-07-27T15:49:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1552312411591417860",
      "id_str" : "1552312651593703426",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552312651593703426",
      "in_reply_to_status_id" : "1552312411591417860",
      "created_at" : "Wed Jul 27 15:19:11 +0000 2022",
      "favorited" : false,
      "full_text" : "Let's talk about how data analytics can support religious or faith-based traditions and organizations. What are the issues?",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1552312411591417860"
          ],
          "editableUntil" : "2022-07-27T15:48:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "RstudioConf",
            "indices" : [
              "174",
              "186"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/7ZvOgpGQbM",
            "expanded_url" : "https://sched.co/137li",
            "display_url" : "sched.co/137li",
            "indices" : [
              "127",
              "150"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "186"
      ],
      "favorite_count" : "0",
      "id_str" : "1552312411591417860",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1552312411591417860",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 27 15:18:14 +0000 2022",
      "favorited" : false,
      "full_text" : "I'm excited to convene a BoF about data analytics in support of religious or faith based organizations  at rstudio::conf(2022) https://t.co/7ZvOgpGQbM  -- Thursday Breakfast #RstudioConf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1418037246771351552"
          ],
          "editableUntil" : "2021-07-22T03:06:40.145Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/KMYF9zmap4",
            "expanded_url" : "https://divadnojnarg.github.io/post/shinyapp_hotjar/",
            "display_url" : "divadnojnarg.github.io/post/shinyapp_…",
            "indices" : [
              "0",
              "23"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1418007116464365568",
      "id_str" : "1418037246771351552",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1418037246771351552",
      "in_reply_to_status_id" : "1418007116464365568",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 22 02:36:40 +0000 2021",
      "favorited" : false,
      "full_text" : "https://t.co/KMYF9zmap4",
      "lang" : "zxx",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1418007116464365568"
          ],
          "editableUntil" : "2021-07-22T01:06:56.520Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "rstats",
            "indices" : [
              "6",
              "13"
            ]
          },
          {
            "text" : "hotjar",
            "indices" : [
              "44",
              "51"
            ]
          },
          {
            "text" : "shinyapp",
            "indices" : [
              "69",
              "78"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "2",
      "id_str" : "1418007116464365568",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1418007116464365568",
      "created_at" : "Thu Jul 22 00:36:56 +0000 2021",
      "favorited" : false,
      "full_text" : "Hello #rstats community, have you ever used #hotjar on a production  #shinyapp? If so, what did you ask?  What did you learn? If not, what's a better alternative for gathering feedback? (Same questions about what you did...)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1241521531345178626"
          ],
          "editableUntil" : "2020-03-22T00:56:14.084Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1241521332661055488",
      "id_str" : "1241521531345178626",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1241521531345178626",
      "in_reply_to_status_id" : "1241521332661055488",
      "created_at" : "Sun Mar 22 00:26:14 +0000 2020",
      "favorited" : false,
      "full_text" : "OR: \n\nsed 's/^[0-9\\:]*. From //' chat.txt | sed 's/ : /:  /' &gt; cleanchat.txt",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1241521332661055488"
          ],
          "editableUntil" : "2020-03-22T00:55:26.714Z",
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
            "expanded_url" : "https://twitter.com/smithjd/status/1241521332661055488/photo/1",
            "indices" : [
              "233",
              "256"
            ],
            "url" : "https://t.co/NJGrPbd7Wx",
            "media_url" : "http://pbs.twimg.com/media/ETrE6bXUEAATUnD.png",
            "id_str" : "1241521155350990848",
            "id" : "1241521155350990848",
            "media_url_https" : "https://pbs.twimg.com/media/ETrE6bXUEAATUnD.png",
            "sizes" : {
              "medium" : {
                "w" : "747",
                "h" : "31",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "28",
                "resize" : "fit"
              },
              "large" : {
                "w" : "747",
                "h" : "31",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "31",
                "h" : "31",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/NJGrPbd7Wx"
          }
        ],
        "hashtags" : [
          {
            "text" : "Zoom",
            "indices" : [
              "22",
              "27"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "256"
      ],
      "favorite_count" : "1",
      "id_str" : "1241521332661055488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1241521332661055488",
      "possibly_sensitive" : false,
      "created_at" : "Sun Mar 22 00:25:26 +0000 2020",
      "favorited" : false,
      "full_text" : "If you are leaning on #Zoom chat transcripts, try removing the  time-stamp and the \"From:\" to make it easier on the eyes.  Also, inserting blank lines and applying a spell-check makes them more useful.  Here's how on a Mac terminal: https://t.co/NJGrPbd7Wx",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/smithjd/status/1241521332661055488/photo/1",
            "indices" : [
              "233",
              "256"
            ],
            "url" : "https://t.co/NJGrPbd7Wx",
            "media_url" : "http://pbs.twimg.com/media/ETrE6bXUEAATUnD.png",
            "id_str" : "1241521155350990848",
            "id" : "1241521155350990848",
            "media_url_https" : "https://pbs.twimg.com/media/ETrE6bXUEAATUnD.png",
            "sizes" : {
              "medium" : {
                "w" : "747",
                "h" : "31",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "28",
                "resize" : "fit"
              },
              "large" : {
                "w" : "747",
                "h" : "31",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "31",
                "h" : "31",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/NJGrPbd7Wx"
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
            "1224482337536106498"
          ],
          "editableUntil" : "2020-02-04T00:28:33.707Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/8s0yBTfou1",
            "expanded_url" : "https://smithjd.github.io/sql-pet/",
            "display_url" : "smithjd.github.io/sql-pet/",
            "indices" : [
              "118",
              "141"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1224482001027100672",
      "id_str" : "1224482337536106498",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1224482337536106498",
      "in_reply_to_status_id" : "1224482001027100672",
      "possibly_sensitive" : false,
      "created_at" : "Mon Feb 03 23:58:33 +0000 2020",
      "favorited" : false,
      "full_text" : "* Coffee (all angles)\n* Detection of data quality issues in clinical trials\n* Bicycle sales 🙂 in AdventureWorks Inc. (https://t.co/8s0yBTfou1)",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1224482001027100672"
          ],
          "editableUntil" : "2020-02-04T00:27:13.477Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "175"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1224481853588918272",
      "id_str" : "1224482001027100672",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1224482001027100672",
      "in_reply_to_status_id" : "1224481853588918272",
      "created_at" : "Mon Feb 03 23:57:13 +0000 2020",
      "favorited" : false,
      "full_text" : "* Distance between Colombian's disappearance and burial \n* Church survival in the face of clerical misbehavior\n* Sewer repair response times\n* Caribou migration and mating\n...",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1224481853588918272"
          ],
          "editableUntil" : "2020-02-04T00:26:38.325Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "rstats",
            "indices" : [
              "29",
              "36"
            ]
          },
          {
            "text" : "rstudioconf",
            "indices" : [
              "41",
              "53"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "247"
      ],
      "favorite_count" : "0",
      "id_str" : "1224481853588918272",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1224481853588918272",
      "created_at" : "Mon Feb 03 23:56:38 +0000 2020",
      "favorited" : false,
      "full_text" : "What's most satisfying about #rstats and #rstudioconf is the combination of cool code tips, solutions, and updates with compelling applications in many different worlds like\n* Skin lightening &amp; possible mercury toxicity using Google trends\n...",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1222540395692773377"
          ],
          "editableUntil" : "2020-01-29T15:51:58.692Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "rstats",
            "indices" : [
              "54",
              "61"
            ]
          },
          {
            "text" : "rstudioconf",
            "indices" : [
              "62",
              "74"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1222539833458868224",
      "id_str" : "1222540395692773377",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1222540395692773377",
      "in_reply_to_status_id" : "1222539833458868224",
      "created_at" : "Wed Jan 29 15:21:58 +0000 2020",
      "favorited" : false,
      "full_text" : "I'd love to talk to you (face-to-face or on Twitter)! #rstats #rstudioconf",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1222540333268918275"
          ],
          "editableUntil" : "2020-01-29T15:51:43.809Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "rstats",
            "indices" : [
              "170",
              "177"
            ]
          },
          {
            "text" : "rstudioconf",
            "indices" : [
              "178",
              "190"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1222539833458868224",
      "id_str" : "1222540333268918275",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1222540333268918275",
      "in_reply_to_status_id" : "1222539833458868224",
      "created_at" : "Wed Jan 29 15:21:43 +0000 2020",
      "favorited" : false,
      "full_text" : "The R community htrives by learning in public, but enterprise databases are resistant to our conventional learning setup: reproducible examples are hard or even illegal. #rstats #rstudioconf",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1222540275475611650"
          ],
          "editableUntil" : "2020-01-29T15:51:30.030Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "rstats",
            "indices" : [
              "100",
              "107"
            ]
          },
          {
            "text" : "rstudioconf",
            "indices" : [
              "108",
              "120"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1222539833458868224",
      "id_str" : "1222540275475611650",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1222540275475611650",
      "in_reply_to_status_id" : "1222539833458868224",
      "created_at" : "Wed Jan 29 15:21:30 +0000 2020",
      "favorited" : false,
      "full_text" : "This is a DRAFT, with lots of mess, but it's time to ask for feedback, ideas, use-cases, scenarios. #rstats #rstudioconf",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1222540216654647297"
          ],
          "editableUntil" : "2020-01-29T15:51:16.006Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "rstats",
            "indices" : [
              "158",
              "165"
            ]
          },
          {
            "text" : "rstudioconf",
            "indices" : [
              "166",
              "178"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1222539833458868224",
      "id_str" : "1222540216654647297",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1222540216654647297",
      "in_reply_to_status_id" : "1222539833458868224",
      "created_at" : "Wed Jan 29 15:21:16 +0000 2020",
      "favorited" : false,
      "full_text" : "We would like to know what it's like for you when you begin learning how to access and make sense of that kind of data.  What challenges, helps, events, etc. #rstats #rstudioconf",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "684950578510708736"
          ],
          "editableUntil" : "2016-01-07T04:41:58.340Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "chifoo",
            "indices" : [
              "0",
              "7"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "684950073923354624",
      "id_str" : "684950578510708736",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "684950578510708736",
      "in_reply_to_status_id" : "684950073923354624",
      "created_at" : "Thu Jan 07 04:11:58 +0000 2016",
      "favorited" : false,
      "full_text" : "#chifoo human categories: HiPPOs, \"super Users\", Agilistas, project managers, Personalities, Meeting supremacy, design by committee, OCD.",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "684950073923354624"
          ],
          "editableUntil" : "2016-01-07T04:39:58.037Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "chifo",
            "indices" : [
              "0",
              "6"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "684950073923354624",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "684950073923354624",
      "created_at" : "Thu Jan 07 04:09:58 +0000 2016",
      "favorited" : false,
      "full_text" : "#chifo human categories: HiPPOs, \"super Users\", Agilistas, project managers, Personalities, Meeting supremacy, design by committee, OCD.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "684940252226535424"
          ],
          "editableUntil" : "2016-01-07T04:00:56.362Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "chifoo",
            "indices" : [
              "0",
              "7"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Charles Lambdin",
            "screen_name" : "CGLambdin",
            "indices" : [
              "77",
              "87"
            ],
            "id_str" : "2480185704",
            "id" : "2480185704"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "684939945409028097",
      "id_str" : "684940252226535424",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "684940252226535424",
      "in_reply_to_status_id" : "684939945409028097",
      "created_at" : "Thu Jan 07 03:30:56 +0000 2016",
      "favorited" : false,
      "full_text" : "#chifoo tech &amp; usability triumph: the slides are showing on the screen.  @cglambdin presenting.",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "684939945409028097"
          ],
          "editableUntil" : "2016-01-07T03:59:43.211Z",
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
            "name" : "Charles Lambdin",
            "screen_name" : "CGLambdin",
            "indices" : [
              "69",
              "79"
            ],
            "id_str" : "2480185704",
            "id" : "2480185704"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "684939945409028097",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "684939945409028097",
      "created_at" : "Thu Jan 07 03:29:43 +0000 2016",
      "favorited" : false,
      "full_text" : "Tech &amp; usability triumph: the slides are showing on the screen.  @cglambdin presenting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "583462030067142656"
          ],
          "editableUntil" : "2015-04-02T03:22:42.825Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "chifoo",
            "indices" : [
              "101",
              "108"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "583458884276199424",
      "id_str" : "583462030067142656",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "583462030067142656",
      "in_reply_to_status_id" : "583458884276199424",
      "created_at" : "Thu Apr 02 02:52:42 +0000 2015",
      "favorited" : false,
      "full_text" : "\"Never Alone\" - an atmospheric game that passes on a traditional story that was 1,000s of years old. #chifoo",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "583458884276199424"
          ],
          "editableUntil" : "2015-04-02T03:10:12.810Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
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
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "583458884276199424",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "583458884276199424",
      "created_at" : "Thu Apr 02 02:40:12 +0000 2015",
      "favorited" : false,
      "full_text" : "\"Never Alone\" - an atmospheric game that passes on a traditional story that was 1,000s of years old.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1222540144688807938"
          ],
          "editableUntil" : "2020-01-29T15:50:58.848Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "rstats",
            "indices" : [
              "78",
              "85"
            ]
          },
          {
            "text" : "rstudioconf",
            "indices" : [
              "86",
              "98"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1222539833458868224",
      "id_str" : "1222540144688807938",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1222540144688807938",
      "in_reply_to_status_id" : "1222539833458868224",
      "created_at" : "Wed Jan 29 15:20:58 +0000 2020",
      "favorited" : false,
      "full_text" : "We use a Docker container to serve up the AdventureWorks databse in Postgres. #rstats #rstudioconf",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1222540076787175424"
          ],
          "editableUntil" : "2020-01-29T15:50:42.659Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "rstats",
            "indices" : [
              "143",
              "150"
            ]
          },
          {
            "text" : "rstudioconf",
            "indices" : [
              "151",
              "163"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1222539833458868224",
      "id_str" : "1222540076787175424",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1222540076787175424",
      "in_reply_to_status_id" : "1222539833458868224",
      "created_at" : "Wed Jan 29 15:20:42 +0000 2020",
      "favorited" : false,
      "full_text" : "It's about digging into human scale data (personnel, sales, product, customer, etc.) normally found in an enterprise database with tidy tools. #rstats #rstudioconf",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1222539969157222400"
          ],
          "editableUntil" : "2020-01-29T15:50:16.998Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "rstats",
            "indices" : [
              "114",
              "121"
            ]
          },
          {
            "text" : "rstudioconf",
            "indices" : [
              "122",
              "134"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "John David Smith",
            "screen_name" : "smithjd",
            "indices" : [
              "19",
              "27"
            ],
            "id_str" : "5838832",
            "id" : "5838832"
          },
          {
            "name" : "Ian Frantz",
            "screen_name" : "IanFrantz",
            "indices" : [
              "33",
              "43"
            ],
            "id_str" : "3024338659",
            "id" : "3024338659"
          },
          {
            "name" : "Jim Tyhurst",
            "screen_name" : "JimTyhurst",
            "indices" : [
              "45",
              "56"
            ],
            "id_str" : "117664618",
            "id" : "117664618"
          },
          {
            "name" : "AlgoCompSynth by znmeb / @znmeb@mastodon.social",
            "screen_name" : "znmeb",
            "indices" : [
              "58",
              "64"
            ],
            "id_str" : "741803",
            "id" : "741803"
          },
          {
            "name" : "Scott Came",
            "screen_name" : "scottcame",
            "indices" : [
              "85",
              "95"
            ],
            "id_str" : "74475662",
            "id" : "74475662"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1222539833458868224",
      "id_str" : "1222539969157222400",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1222539969157222400",
      "in_reply_to_status_id" : "1222539833458868224",
      "created_at" : "Wed Jan 29 15:20:16 +0000 2020",
      "favorited" : false,
      "full_text" : "\"Us\" includes: me (@smithjd) and @ianfrantz, @jimtyhurst, @znmeb, Maryanne Thygesen, @scottcame, and Sophie Yang. #rstats #rstudioconf",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1222539833458868224"
          ],
          "editableUntil" : "2020-01-29T15:49:44.645Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "rstats",
            "indices" : [
              "143",
              "150"
            ]
          },
          {
            "text" : "rstudioconf",
            "indices" : [
              "151",
              "163"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/8s0yBTfou1",
            "expanded_url" : "https://smithjd.github.io/sql-pet/",
            "display_url" : "smithjd.github.io/sql-pet/",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "25",
      "id_str" : "1222539833458868224",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "1222539833458868224",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jan 29 15:19:44 +0000 2020",
      "favorited" : false,
      "full_text" : "Here's our book DRAFT: \"Exploring Enterprise Databases with R: A Tidyverse Approach\" https://t.co/8s0yBTfou1 I'd like your feedback and ideas. #rstats #rstudioconf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "915761512433598464"
          ],
          "editableUntil" : "2017-10-05T02:42:13.247Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
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
        "43"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "915759494340026368",
      "id_str" : "915761512433598464",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "915761512433598464",
      "in_reply_to_status_id" : "915759494340026368",
      "created_at" : "Thu Oct 05 02:12:13 +0000 2017",
      "favorited" : false,
      "full_text" : "In a way “the common citizen” is a fiction.",
      "lang" : "en",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "915759845227192320"
          ],
          "editableUntil" : "2017-10-05T02:35:35.754Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "user_mentions" : [ ],
        "urls" : [ ],
        "symbols" : [ ],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/smithjd/status/915759845227192320/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/UIy4i6b126",
            "media_url" : "http://pbs.twimg.com/media/DLVuuSCUEAA9tSh.jpg",
            "id_str" : "915759840634343424",
            "id" : "915759840634343424",
            "media_url_https" : "https://pbs.twimg.com/media/DLVuuSCUEAA9tSh.jpg",
            "sizes" : {
              "large" : {
                "w" : "1024",
                "h" : "768",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1024",
                "h" : "768",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/UIy4i6b126"
          }
        ],
        "hashtags" : [ ]
      },
      "display_text_range" : [
        "0",
        "23"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "915759494340026368",
      "id_str" : "915759845227192320",
      "in_reply_to_user_id" : "5838832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "915759845227192320",
      "in_reply_to_status_id" : "915759494340026368",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 05 02:05:35 +0000 2017",
      "favorited" : false,
      "full_text" : "https://t.co/UIy4i6b126",
      "lang" : "zxx",
      "in_reply_to_screen_name" : "smithjd",
      "in_reply_to_user_id_str" : "5838832",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://twitter.com/smithjd/status/915759845227192320/photo/1",
            "indices" : [
              "0",
              "23"
            ],
            "url" : "https://t.co/UIy4i6b126",
            "media_url" : "http://pbs.twimg.com/media/DLVuuSCUEAA9tSh.jpg",
            "id_str" : "915759840634343424",
            "id" : "915759840634343424",
            "media_url_https" : "https://pbs.twimg.com/media/DLVuuSCUEAA9tSh.jpg",
            "sizes" : {
              "large" : {
                "w" : "1024",
                "h" : "768",
                "resize" : "fit"
              },
              "small" : {
                "w" : "680",
                "h" : "510",
                "resize" : "fit"
              },
              "medium" : {
                "w" : "1024",
                "h" : "768",
                "resize" : "fit"
              },
              "thumb" : {
                "w" : "150",
                "h" : "150",
                "resize" : "crop"
              }
            },
            "type" : "photo",
            "display_url" : "pic.twitter.com/UIy4i6b126"
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
            "915759494340026368"
          ],
          "editableUntil" : "2017-10-05T02:34:12.096Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "visualtrumpery",
            "indices" : [
              "41",
              "56"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/YstvykkfOC",
            "expanded_url" : "http://www.trumperytour.com",
            "display_url" : "trumperytour.com",
            "indices" : [
              "57",
              "80"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "1",
      "id_str" : "915759494340026368",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "915759494340026368",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 05 02:04:12 +0000 2017",
      "favorited" : false,
      "full_text" : "Excited to hear Alberto Cairo talk about #visualtrumpery https://t.co/YstvykkfOC",
      "lang" : "en"
    }
  }
]