from typing import Literal

GetJWTRespStatus = Literal["success", "failure"]

GET_JWT_RESP_STATUS_VALUES: set[GetJWTRespStatus] = {
    "failure",
    "success",
}


def check_get_jwt_resp_status(value: str) -> GetJWTRespStatus:
    if value in GET_JWT_RESP_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_JWT_RESP_STATUS_VALUES!r}"
    )
